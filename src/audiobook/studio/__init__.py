"""The studio: proof and fix one book by ear in a local web app (`audiobook studio`)."""
