"""audiobook: an offline audiobook producer.

A manuscript goes in; mastered, chaptered MP3s come out. The pipeline is
`pipeline.build()`: ingest → segment → synthesize → assemble → master → export.
"""

__version__ = "0.1.0"
