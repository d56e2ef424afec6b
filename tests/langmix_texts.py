"""Fixture texts for tests/test_sweep3_langmix.py: public-domain prose (Collodi, Conan
Doyle) and short passages written for these tests, one paragraph per blank line."""

from __future__ import annotations


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


ITALIAN = _paragraphs("""\
—C'era una volta…

—Un re! —diranno subito i miei piccoli lettori.

—No, ragazzi, avete sbagliato. C'era una volta un pezzo di legno.

Non era un legno di lusso, ma un semplice pezzo da catasta, di quelli che d'inverno si
mettono nelle stufe e nei caminetti per accendere il fuoco e per riscaldare le stanze.

Non so come andasse, ma il fatto gli è che un bel giorno questo pezzo di legno capitò
nella bottega di un vecchio falegname, il quale aveva nome mastr'Antonio, se non che
tutti lo chiamavano maestro Ciliegia, per via della punta del suo naso, che era sempre
lustra e paonazza, come una ciliegia matura.

Appena maestro Ciliegia ebbe visto quel pezzo di legno, si rallegrò tutto; e dandosi una
fregatina di mani per la contentezza, borbottò a mezza voce:

—Questo legno è capitato a tempo; voglio servirmene per fare una gamba di tavolino. —

Detto fatto, prese subito l'ascia arrotata per cominciare a levargli la scorza e a
digrossarlo; ma quando fu lì per lasciare andare la prima asciata, rimase col braccio
sospeso in aria, perchè sentì una vocina sottile sottile, che disse raccomandandosi:

—Non mi picchiar tanto forte! —

Figuratevi come rimase quel buon vecchio di maestro Ciliegia!

Girò gli occhi smarriti intorno alla stanza per vedere di dove mai poteva essere uscita
quella vocina, e non vide nessuno! Guardò sotto il banco, e nessuno: guardò dentro un
armadio che stava sempre chiuso, e nessuno; guardò nel corbello dei trucioli e della
segatura, e nessuno; aprì l'uscio di bottega per dare un'occhiata anche sulla strada, e
nessuno. O dunque?...

—Ho capito; —disse allora ridendo e grattandosi la parrucca —si vede che quella vocina
me la son figurata io. Rimettiamoci a lavorare. —

E ripresa l'ascia in mano, tirò giù un solennissimo colpo sul pezzo di legno.

—Ohi! tu m'hai fatto male! —gridò rammaricandosi la solita vocina.

—Ma di dove sarà uscita questa vocina che ha detto ohi?... Eppure qui non c'è anima
viva. Che sia per caso questo pezzo di legno che abbia imparato a piangere e a
lamentarsi come un bambino? Io non lo posso credere. Questo legno eccolo qui; è un pezzo
di legno da caminetto, come tutti gli altri, e a buttarlo sul fuoco, c'è da far bollire
una pentola di fagioli… O dunque? Che ci sia nascosto dentro qualcuno? Se c'è nascosto
qualcuno, tanto peggio per lui. Ora l'accomodo io! —

Poi si messe in ascolto, per sentire se c'era qualche vocina che si lamentasse. Aspettò
due minuti, e nulla; cinque minuti, e nulla; dieci minuti, e nulla!

—Ho capito —disse allora sforzandosi di ridere e arruffandosi la parrucca —si vede che
quella vocina che ha detto ohi, me la son figurata io! Rimettiamoci a lavorare. —

—Smetti! tu mi fai il pizzicorino sul corpo! —

Questa volta il povero maestro Ciliegia cadde giù come fulminato. Quando riaprì gli
occhi, si trovò seduto per terra.
""")  # Collodi, "Le avventure di Pinocchio" (1883), I
ENGLISH = _paragraphs("""\
To Sherlock Holmes she is always the woman. I have seldom heard him mention her under
any other name. In his eyes she eclipses and predominates the whole of her sex. It was
not that he felt any emotion akin to love for Irene Adler. All emotions, and that one
particularly, were abhorrent to his cold, precise but admirably balanced mind.

One night—it was on the twentieth of March, 1888—I was returning from a journey to a
patient (for I had now returned to civil practice), when my way led me through Baker
Street. His rooms were brilliantly lit, and, even as I looked up, I saw his tall, spare
figure pass twice in a dark silhouette against the blind.

“Wedlock suits you,” he remarked. “I think, Watson, that you have put on seven and a
half pounds since I saw you.”

“Seven!” I answered.

“Quite so! You have not observed. And yet you have seen. That is just my point. Now, I
know that there are seventeen steps, because I have both seen and observed. By the way,
since you are interested in these little problems, and since you are good enough to
chronicle one or two of my trifling experiences, you may be interested in this.” He
threw over a sheet of thick, pink-tinted notepaper which had been lying open upon the
table. “It came by the last post,” said he. “Read it aloud.”

The note was undated, and without either signature or address.

“There will call upon you tonight, at a quarter to eight o’clock,” it said, “a gentleman
who desires to consult you upon a matter of the very deepest moment. Your recent
services to one of the royal houses of Europe have shown that you are one who may safely
be trusted with matters which are of an importance which can hardly be exaggerated. This
account of you we have from all quarters received. Be in your chamber then at that hour,
and do not take it amiss if your visitor wear a mask.”

I did so, and saw a large E with a small g, a P, and a large G with a small t woven into
the texture of the paper.

“Not at all. The G with the small t stands for ‘Gesellschaft,’ which is the German for
‘Company.’ It is a customary contraction like our ‘Co.’ P, of course, stands for
‘Papier.’ Now for the ‘Eg.’ Let us glance at our Continental Gazetteer.” He took down a
heavy brown volume from his shelves. “Eglow, Eglonitz—here we are, Egria. It is in a
German-speaking country—in Bohemia, not far from Carlsbad.”

“A pair, by the sound,” said he. “Yes,” he continued, glancing out of the window. “A
nice little brougham and a pair of beauties. A hundred and fifty guineas apiece. There’s
money in this case, Watson, if there is nothing else.”

“Pray take a seat,” said Holmes. “This is my friend and colleague, Dr. Watson, who is
occasionally good enough to help me in my cases. Whom have I the honour to address?”

“Why, indeed?” murmured Holmes. “Your Majesty had not spoken before I was aware that I
was addressing Wilhelm Gottsreich Sigismond von Ormstein, Grand Duke of Cassel-Felstein,
and hereditary King of Bohemia.”

I slept at Baker Street that night, and we were engaged upon our toast and coffee in the
morning when the King of Bohemia rushed into the room.
""")  # Conan Doyle, "A Scandal in Bohemia" (1891)
FRENCH = _paragraphs("""\
Le matin où tout commença, la pluie tombait sur la petite ville depuis trois jours.
Madame Lefèvre ouvrit les volets de sa boutique et regarda la place déserte. Il n'y
avait personne devant la fontaine, et les pigeons eux-mêmes semblaient avoir quitté le
toit de l'église. Elle soupira, prit son balai et commença à nettoyer le seuil, comme
elle le faisait chaque jour depuis vingt ans.

C'est alors qu'elle vit l'étranger. Il était grand, maigre, vêtu d'un long manteau gris
qui lui tombait jusqu'aux chevilles, et il portait sous le bras une petite valise de
cuir. Il traversa la place sans se presser, s'arrêta devant la boutique et leva les yeux
vers l'enseigne.

— Vous vendez des horloges, madame ? demanda-t-il d'une voix douce.

— Je les répare surtout, répondit-elle. Les gens d'ici n'achètent plus guère d'horloges.
Ils ont tous des montres, maintenant, ou ces petits appareils qui sonnent dans leur
poche.

L'homme sourit, mais il ne dit rien. Il posa sa valise sur le comptoir, l'ouvrit avec
précaution et en sortit une horloge de bois sombre, pas plus grande qu'un livre. Le
cadran était d'émail blanc, les aiguilles d'or, et sur le côté on voyait une petite
porte fermée par un crochet de cuivre.

— Elle ne marche plus depuis la mort de mon père, dit-il. Je voudrais qu'elle marche de
nouveau avant la fin du mois.

Madame Lefèvre prit l'horloge dans ses mains. Elle était plus lourde qu'elle ne l'aurait
cru, et le bois était tiède, comme si quelqu'un venait de la tenir longtemps contre lui.
Elle ouvrit la petite porte et regarda le mécanisme : des roues fines comme de la
dentelle, un ressort bleu, et au milieu, là où elle s'attendait à trouver le balancier,
une minuscule clé d'argent.

— Je n'ai jamais vu une horloge comme celle-ci, dit-elle enfin. Qui l'a fabriquée ?

— Mon grand-père, dans une ville qui n'existe plus. Il disait qu'elle ne donnait pas
l'heure, mais le temps qu'il reste. Mon père ne l'a jamais crue, et moi non plus,
jusqu'au jour où elle s'est arrêtée.

Il y eut un long silence. Dehors, la pluie avait cessé, et un rayon de soleil pâle
entrait par la vitrine et faisait briller les aiguilles d'or. Madame Lefèvre posa
l'horloge sur son établi, alluma la lampe et chercha sa loupe dans le tiroir.

— Revenez dans une semaine, dit-elle. Je ne vous promets rien, mais je vais essayer.

L'étranger la remercia, referma sa valise vide et sortit sans bruit. Quand elle releva
la tête, la place était de nouveau déserte, et elle ne savait même pas son nom.
""")  # written for these tests
RUSSIAN = _paragraphs("""\
Было уже поздно, когда Анна Сергеевна вернулась домой. В окнах соседнего дома горел
свет, и где-то наверху играли на рояле старый вальс, который она помнила с детства. Она
долго стояла у двери, не решаясь войти, потом достала из сумки ключ и тихо открыла
замок.

В прихожей пахло яблоками и табаком. На вешалке висело чужое пальто, тяжёлое, серое, с
большими костяными пуговицами.

— Кто здесь? — спросила она, и собственный голос показался ей незнакомым.

Никто не ответил. Она прошла в гостиную. На столе стояли две чашки, ещё тёплые, и
раскрытая книга лежала на диване обложкой вверх. Анна Сергеевна взяла книгу в руки и
увидела на первой странице своё имя, написанное рукой отца, которого не было в живых уже
десять лет.

Она села на диван и долго смотрела в окно, где над крышами медленно поднималась луна.
Потом она услышала шаги на лестнице, спокойные и неторопливые, как будто человек,
который поднимался, знал, что его ждут. Шаги остановились у самой двери. Анна Сергеевна
закрыла книгу, положила её на колени и стала ждать, не зажигая света и не отводя глаз от
двери.
""")  # written for these tests
VIETNAMESE = _paragraphs("""\
Buổi sáng hôm ấy, trời Hà Nội mưa phùn. Bà Lan mở cửa hiệu sửa đồng hồ của mình như mọi
ngày, quét sạch bậc thềm rồi ngồi xuống bên chiếc bàn gỗ cũ. Phố vắng người, chỉ có vài
chiếc xe đạp chậm rãi đi qua trên mặt đường ướt. Bà pha một ấm trà, nhìn ra ngoài và
nghĩ về những ngày xưa, khi chồng bà còn sống và cửa hiệu lúc nào cũng đông khách.

Gần trưa, một người đàn ông lạ bước vào. Ông ta cao gầy, mặc một chiếc áo khoác dài màu
xám, tay cầm một chiếc va li nhỏ bằng da. Ông đặt va li lên quầy, mở ra và lấy ra một
chiếc đồng hồ bằng gỗ sẫm màu, không lớn hơn một cuốn sách.

— Chiếc đồng hồ này đã ngừng chạy từ khi cha tôi mất, ông nói. Tôi muốn nó chạy lại
trước cuối tháng.

Bà Lan cầm chiếc đồng hồ lên. Nó nặng hơn bà tưởng, và lớp gỗ vẫn còn ấm, như thể có ai
vừa ôm nó vào lòng rất lâu. Bà mở cánh cửa nhỏ ở bên cạnh và nhìn vào bộ máy bên trong:
những bánh xe mỏng như ren, một chiếc lò xo màu xanh, và ở giữa, nơi bà nghĩ sẽ thấy quả
lắc, là một chiếc chìa khóa nhỏ bằng bạc.

— Tôi chưa bao giờ thấy chiếc đồng hồ nào như thế này, bà nói. Ai đã làm ra nó?

— Ông nội tôi, ở một thành phố không còn nữa. Ông bảo nó không chỉ giờ, mà chỉ thời gian
còn lại.

Bà Lan im lặng rất lâu. Bên ngoài, mưa đã tạnh, và một tia nắng nhạt chiếu qua cửa kính
làm những chiếc kim vàng lấp lánh.

— Một tuần nữa ông quay lại nhé, bà nói. Tôi không hứa gì đâu, nhưng tôi sẽ thử.
""")  # written for these tests
