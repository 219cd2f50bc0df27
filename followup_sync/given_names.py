"""Common given names, to tell a person from a company in a calendar title ("Coffee with Marloes",
"Puhelu Lauralle", "Entrevista con Maribel") in the countries followup-sync's users write from.

Folded to lower case without accents, as ``company`` compares them. Names that are also a well-known
company, brand or shop ("Mercedes", "Zara", "Dell"), or an ordinary word or place written with a capital
at the start of a title ("Summer", "Florence", "Jordan"), are left out on purpose: there the company
or the word is the likelier reading. A few of those were kept from the first, shorter list because titles
use them for people more often ("Grace", "Mark", "Paul").
"""

from __future__ import annotations

import unicodedata


_NAMES = """
# English-speaking countries (USA, UK, Ireland, Canada, Australia, New Zealand): male
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony
donald steven stephen paul andrew joshua kenneth kevin brian bryan george edward ronald timothy jason jeffrey
ryan jacob gary nicholas eric erik jonathan scott brandon benjamin samuel gregory frank alexander raymond
patrick jack dennis jerry tyler aaron adam henry nathan zachary peter kyle walter ethan jeremy harold keith
christian roger noah gerald carl terry sean shaun shawn arthur lawrence laurence jesse dylan joe albert willie
gabriel logan alan allan allen wayne roy eugene vincent russell elijah louis bobby philip phillip johnny liam
lucas oliver aiden aidan jackson carter owen caleb luke isaac connor conor landon wyatt grayson julian leo
jaxon asher theodore ezra colton easton cameron nolan elias josiah silas declan finn harrison archie harry
alfie charlie freddie oscar reggie toby arlo albie ronnie rory callum kieran ciaran cian oisin darragh eoin
padraig seamus shane niall fionn ruairi cormac tadhg diarmuid donal brendan colm fergal kian gavin craig
stuart stewart graham alistair alasdair angus hamish euan ewan jamie lachlan jared ernest herbert howard
leonard norman bernard gordon glenn wesley marvin melvin harvey curtis warren lionel neil neal nigel trevor
derek derrick colin barry clive geoffrey jeff kenny ken ben benny dan danny tom tony teddy ed eddie fred
freddy greg joey jon josh matt nick nicky pete phil rick ricky billy bert ernie hank jake jim jimmy larry mick
mickey mike mikey mitch nate ollie ron sam sammy steve stevie theo vince zach zack chris alex andy gus robbie
dom doug don joel tristan dominic marcus maxwell travis troy victor xavier abraham ian malcolm duncan gregor
lewis calum murray iain jayden hayden bryce cody corey cory dustin brett bradley brad darren dwayne jay
jeremiah kurt mason micah mitchell nathaniel quinn randall randy reid riley rodney seth shannon spencer taylor
terence todd zane brody jude rowan eli emmett beau bennett everett kai damian ashton ashley jamal darnell
deshawn tyrone jerome lamar malik andré darius jaylen cedric dante donovan tariq jermaine darryl daryl rhys
gareth owain huw dafydd wiremu justin bruce dave bob jonah ezekiel isaiah frederick alfred gilbert edgar
rupert hugh giles nat
# English-speaking countries (USA, UK, Ireland, Canada, Australia, New Zealand): female
mary patricia jennifer linda elizabeth barbara susan jessica sarah sara karen lisa nancy betty margaret sandra
kimberly kimberley emily donna michelle carol carole amanda dorothy melissa deborah debra stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
kathryn catherine christine maria diane ruth julie olivia joyce kelly christina lauren joan evelyn judith judy
megan meghan andrea cheryl hannah jacqueline martha gloria teresa theresa ann anne frances janice jean abigail
alice sophia sophie denise doris marilyn danielle beverly beverley isabella isabel natalie diana charlotte
marie kayla alexis lori ava mia harper ella camila sofia mila aria scarlett penelope layla eleanor nora zoey
zoe addison everly naomi elena sadie leah isla freya evie millie rosie phoebe matilda imogen esme harriet
maisie lottie niamh aoife siobhan saoirse caoimhe ciara clodagh orla aisling sinéad róisín gráinne eimear
orlaith mairead deirdre nuala fiona shona kirsty kirsten morag eilidh catriona ailsa liz lizzie beth bess
betsy kate katie kathy cathy kat becky becca jen jenny jess jessie sue suzy susie sally meg maggie peggy molly
polly abby gabby ellie steph chrissy tina val vicky nikki mandy cindy debbie deb barb bev pam trish tricia jan
jill jo jackie joanne joanna gail gayle kaye lynn lynne lindsay lindsey leslie lesley tracy tracey stacy
stacey kristen kristin courtney britney whitney alison allison alyssa alexandra ali amelia amelie annie audrey
beatrice bella belinda bernadette bethany bonnie brianna bridget bronwyn caitlin kaitlyn katelyn candice cara
carla carly carrie cassandra cassie celia charlene claire clare claudia colleen connie constance corinne
daphne darcy dolores dominique edith eileen elaine elise eliza ellen eloise elsie emilia erin esther eva eve
fay faye felicity frankie gemma geraldine gillian gina ginny glenda gwen gwendolyn hailey haley heidi helena
hilary hillary ida imelda irene isabelle isobel jacqui jane janet janine jeanette jeanne jemma jenna jennie
jillian jocelyn jodie jody josephine josie juanita julia juliet juliette justine kara katrina kayleigh keira
kelsey kendra kim kira kristina kylie lana leanne leigh lena lexi libby lillian lizzy lois lorna lorraine
louisa louise lucia lucille lucy mackenzie madeleine madeline maeve marcia margot marguerite marian marion
marjorie marlene martina maureen maxine melanie melinda miranda miriam mollie monica nadia natasha nell nellie
nina norma paige paula pauline philippa priscilla rachel rachael rebekah regina renee rhonda rita roberta
robyn robin rosa rosalind rowena roxanne sabrina selina serena sheila shelley shelby siân simone sonia sonya
susanna suzanne sylvia tabitha tammy tania tanya tara tess tessa thelma toni tori ursula valerie vanessa vera
veronica vicki vivian vivienne wanda wilma yvonne aaliyah imani jada kiara keisha latoya tamika tanisha aisha
monique tasha nia alana arianna ariana aubrey gracie kennedy mckenzie peyton piper luna cerys carys ffion
seren bethan catrin rhiannon lowri aroha tilly pippa izzy maddie mel sasha viv tash bex nic georgie gladys
phyllis doreen abbie
# India (Hindi, Tamil, Telugu, Bengali, Marathi, Punjabi) and Pakistan: male
aarav vivaan aditya vihaan arjun sai ayaan krishna ishaan pranav advait dhruv kabir veer rohan rahul amit
sumit vikas vijay ajay sanjay rajesh ramesh suresh mahesh dinesh ganesh naresh mukesh rakesh hitesh ritesh
yogesh kamlesh rajendra ravi raj rajiv sanjeev rajeev deepak anil sunil kapil nikhil akhil sahil vishal kunal
anand arvind aravind ashok alok vinod pramod manoj santosh subhash prakash akash vikram vivek abhishek abhinav
ankit ankur anurag ashish gaurav saurabh sourav vaibhav pankaj neeraj suraj manish girish harish satish
jagdish kishore kiran karan varun tarun arun aman naveen praveen pradeep sandeep kuldeep mandeep jaspreet
harpreet gurpreet manpreet navjot harjit amarjit sukhwinder jaswinder ranjit hardeep davinder parminder
navneet gagandeep rajinder amrit ajit karthik karthikeyan senthil murugan saravanan balaji venkatesh
srinivasan srinivas prabhu muthu shankar sivakumar siva subramanian gopal gopi kannan madhavan mohan rajan
sathish sundar vignesh vinoth aswin ashwin hari venkat chaitanya sudheer sridhar raghu pavan murali prasad
srikanth surya teja tejas uday vamsi bharath chandra arnab debashis sandip soumya anirban abhijit partha
pritam tanmoy arijit souvik kaushik aniket omkar sagar swapnil sachin rohit amol nilesh mangesh sameer
shailesh siddharth chinmay tushar yash vinayak pratik prashant sanket saurav shreyas tanmay akshay abhay anup
ashutosh chetan hemant jayesh ketan mayur nitin pravin rajat rishabh rishi sumeet aryan dev ishan kartik krish
mayank mohit naman nishant parth piyush raghav shivam shubham vedant vipul yuvraj muhammad mohammad mohammed
ahmed ahmad hassan hussain usman bilal hamza umar omar faisal imran kamran adnan asad asif atif farhan fahad
haris junaid kashif khurram nadeem naveed rizwan saad salman shahid shoaib waqas waseem zubair zeeshan arslan
babar ehsan faraz ghulam haider irfan javed jawad mansoor naeem noman qasim rashid sajid shahzad sohail tahir
talha taimur umair usama yasir zahid aamir amir aftab akbar asim azhar fawad hamid iqbal khalid masood mehmood
mohsin nasir owais raza shakeel tanveer waleed wasim
# India (Hindi, Tamil, Telugu, Bengali, Marathi, Punjabi) and Pakistan: female
priya pooja puja neha anjali sneha kavita kavitha sunita anita geeta gita rekha asha usha seema meena nisha
ritu shweta swati swathi divya deepika pallavi shilpa preeti jyoti monika anju manju savita suman rashmi
poonam renu nidhi neelam shalini sapna mamta kajal komal payal megha ananya aadhya diya saanvi anika pari
navya riya isha khushi kritika ritika nikita shreya aditi ishita sakshi shivani sonal simran tanvi trisha
vandana varsha vidya aarti archana bhavna chitra deepa garima jaya kanika lata madhu malini manisha meenakshi
namrata nandini nupur radha radhika rani reena richa rupa sangeeta sarika shikha shobha shruti smita sonam
sudha sushma vaishali jasleen harleen manjit parveen amandeep lakshmi revathi gayathri anitha sangeetha
saranya janani keerthana aishwarya padma harini pavithra sowmya ramya vaishnavi sindhu kamala kalpana nithya
priyanka uma indu kavya lavanya sravani bhavana madhavi sujatha swapna anusha deepthi mounika moumita
rituparna sharmila payel susmita ankita arpita ishani ashwini snehal prajakta madhuri sayali shital rupali
manasi gauri aparna ketaki rutuja supriya apurva gayatri shraddha sonali ayesha fatima zainab sana hina amna
mehwish saima sadia rabia nida iqra maryam mahnoor hira sidra uzma rubina nazia shazia farah samina bushra
khadija noor anum javeria aqsa faiza hafsa humaira kinza laiba maham mariam nimra rida rimsha sadaf saba saira
shabnam zoya aliya alina
# Nigeria, Ghana, Kenya
chinedu chidi chukwuemeka emeka obinna ikenna nnamdi uche chima chinonso kelechi ifeanyi chibuzor tochukwu
chijioke oluwaseun seun tunde babatunde ayodele ayo femi olufemi funmilayo funmi bisi bola tolu tolulope
temitope tope yemi kunle segun dayo dapo wale gbenga sola bukola bukky kemi folake folasade sade yetunde titi
adaeze ada ngozi chioma amaka nneka ifeoma chiamaka chinwe uchenna ijeoma nkechi oluchi chinyere chidinma
adeola adebayo adewale adekunle abimbola damilola olamide tobi toyin ebuka ikechukwu kayode lola nonso olumide
seyi tayo tomi tosin yinka musa aminu abubakar sani garba halima hauwa hadiza amina binta abdullahi yakubu
idris aliyu bashir jibril nafisa godwin emmanuel ebenezer kwame kwabena kwaku kofi kojo kwasi kwesi yaw kwadwo
kobina ekow kweku nii akosua adwoa abena akua yaa afua ama esi efua afia adjoa selasi sena elikem edem kafui
elorm wanjiru wanjiku njeri wambui wairimu wangari muthoni njoki wangui akinyi achieng atieno adhiambo anyango
chebet mwende kiprop kipchoge kibet kamau mwangi otieno ochieng omondi odhiambo onyango juma baraka amani
zawadi neema
# South Africa (English, Zulu, Xhosa, Sotho/Tswana, Afrikaans)
sipho thabo themba mandla bongani sibusiso nkosinathi siyabonga lwazi lungelo sandile sifiso thulani nhlanhla
mthunzi sizwe mxolisi andile ayanda sbu sabelo bheki njabulo khaya kagiso katlego karabo kabelo tebogo tshepo
mpho lebogang lesego neo tumelo thato teboho lethabo kamogelo reabetswe lindiwe nomvula nokuthula thandeka
zanele zodwa thandi nandi busisiwe nompumelelo phumzile lerato palesa nthabiseng refilwe tumi boitumelo dineo
keabetswe mbali nosipho noluthando nomsa thandiwe zinhle zandile nonhlanhla sibongile lwando luyanda unathi
anathi athi luvuyo xolani zola asanda zintle akhona lusanda vuyo pieter johannes willem hendrik gerhard
françois jacques andries christiaan dawid deon danie gert hennie jaco johan jannie kobus marius riaan ruan
stefan wynand zander jacobus petrus gerrit hannes koos nico pierre rian werner dewald anel chantelle ilze
jolene liezl mariska mariëtte ronel suné yolandi annemarie anneke hester sonja
# Philippines, Malaysia, Singapore, Hong Kong
jhon jayson jomar rodel romeo reynaldo rolando ramon rommel ricardo arnel edgardo ernesto danilo rogelio
renato nestor wilfredo alfredo efren ferdinand rodrigo jun dodong jojo boyet jaypee teodoro arjay marlon
mervin noel rene kristine maricel marites maricris marivic lorena rosalie rosario marilou analyn angelica
mylene rhea charmaine bea ria aileen arlene cristina evangeline mae marissa pia sheryl shiela teresita vilma
zenaida rachelle mohd nur nurul siti aisyah azlan azman faizal hafiz haziq hakim iskandar izzat khairul luqman
nazri rizal shafiq syafiq zulkifli amirul aiman danial hairul nabil zainal rahman ismail aziz hamzah rosli
roslan salleh faris fikri haikal najib nizam razak shahrul aqil arif nurin aina alya balqis hani najwa nabila
liyana fatin farhana noraini zarina aishah faridah intan puteri sharifah suraya yasmin wei ming hui ling ying
yan jing xin jie hao lin hua jian feng yong mei yun xiao qing rui fei chun ning yu weiming jianhua xiaoming
zhiwei junjie jiahui xinyi yuting zihan haoran yuxuan zixuan jiawei junhao huimin liting meiling weijie jiayi
xinyu lili jingjing weiwei tingting jiahao yifan wai siu yee hoi wah shing keung fai ching siew chee seng
kelvin alvin anson calvin carson desmond edmund elvis francis ivan jacky wallace eason dickson winson gigi
kiki winnie queenie fanny eunice cecilia
# Germany, Austria, Switzerland
andreas wolfgang klaus jürgen stephan uwe hans bernd günter günther dieter horst manfred helmut heinz karl
josef ralf rolf matthias markus martin sebastian tobias florian jens sven torsten thorsten holger jörg lars
timo nils niklas lukas leon jonas felix maximilian moritz philipp luis emil anton jakob oskar mats fabian
dominik benedikt simon lorenz valentin konstantin leopold georg franz reinhard rainer reiner detlef volker
norbert hartmut ulrich ulf hubert ernst erich heinrich friedrich fritz wilhelm rudolf rüdiger siegfried lothar
mario marco urs reto christoph adrian pascal fabio dario luca gian nicolas yannick cédric levin nino jannik
henrik kilian malte mika mattis ole piet carsten kerstin axel björn bastian jochen lutz sascha steffen thilo
arne frederik gerd harald helge ingo joachim konrad ludwig magnus marcel mathias maik olaf roland petra sabine
susanne birgit gabriele karin renate helga ingrid gisela brigitte christa heike anja katrin kathrin katharina
lea leonie lina clara klara greta frieda lotta luisa johanna lara jana stefanie tanja daniela silke nadine
elke anke inge ilse hildegard gertrud erika anneliese ute sigrid annette bettina corinna dagmar jutta manuela
michaela franziska veronika magdalena verena carina jasmin celina svenja janina maren wiebke meike antje
regula nadja annika astrid beate carola cornelia dana elisabeth emilie friederike hanna hilde jule juliane
kathi katja lieselotte luise magda margarete mareike nele rebekka rosemarie romy thea ulrike viktoria gudrun
hannelore ingeborg steffi basti uli andi
# France, Belgium (Wallonia), Quebec
michel philippe alain christophe frédéric laurent stéphane éric thierry olivier sébastien julien jérôme gérard
rené yves marc serge didier denis bruno antoine alexandre maxime guillaume romain mathieu matthieu clément
kévin quentin raphaël jules léo théo sacha mathis enzo baptiste gaël yann loïc erwan fabrice ludovic sylvain
gilles hervé benoît régis arnaud aurélien damien jérémy mickaël grégory cyril thibault thibaut timothée
corentin bastien adrien rémi killian kylian maël luc henri georges lucien émile jean-pierre jean-marc jean-luc
jean-philippe jean-françois jean-claude jean-paul jean-louis jean-michel jean-jacques jean-christophe
jean-baptiste jean-sébastien marc-andré pierre-luc louis-philippe réjean gaétan félix étienne rémy normand
yvon marc-antoine hugues bertrand gauthier mathéo maxence noé evan eliott elliot nathalie sylvie françoise
valérie sandrine stéphanie chantal christiane martine émilie aurélie camille léa manon mathilde élodie
caroline mélanie virginie karine laetitia delphine séverine hélène agnès cécile élise margaux inès léna zoé
ambre lou lucie romane océane morgane anaïs maëlle noémie amandine coralie mélissa aurore gaëlle solène
clémence odile geneviève ginette jocelyne josée lise francine johanne colette yvette thérèse paulette
anne-marie marie-claude marie-josée marie-france marie-christine marie-pierre marie-hélène marie-laure
marie-ève anne-sophie anne-laure mylène marie-pier véronique ghislaine gisèle jeannine jeannette micheline seb
# Spain, Mexico, Argentina, Colombia
antonio josé manuel francisco juan javier carlos jesús alejandro miguel rafael pedro pablo sergio fernando
jorge álvaro adrián diego raúl enrique ramón vicente iván rubén óscar andrés joaquín santiago víctor eduardo
roberto jaime ignacio alfonso marcos salvador emilio guillermo gonzalo tomás nicolás mateo martín izan thiago
gael sebastián matías emiliano leonardo iker aitor unai asier mikel ander gorka iñaki jordi josep pau oriol
arnau pol xavi pepe paco nacho quique rafa fer chema juanjo juanma manolo kike pancho beto lalo toño chuy
juancho santi facu fede agus lucho charly arturo armando héctor gerardo rigoberto octavio gustavo felipe
mauricio rodolfo ulises alonso humberto leonel efraín moisés ezequiel benito cristóbal elías esteban federico
fidel gilberto ismael josué julián lorenzo marcelo mariano maximiliano nahuel lautaro agustín valentín
bautista benjamín franco facundo cristian leandro damián gastón germán hernán horacio osvaldo camilo jhonatan
yeison brayan edwin fabián giovanny jairo darío saúl tadeo nelson néstor patricio maría carmen ana marta lucía
pilar raquel beatriz nuria silvia mónica rocío alicia sofía valeria alba noa vega ainhoa leire nerea itziar
amaia maite miren montserrat montse mireia núria laia júlia ariadna meritxell inmaculada inma concepción
concha encarnación encarna asunción amparo milagros consuelo guadalupe lupe lupita fernanda ximena jimena
valentina renata natalia gabriela mariana alejandra adriana verónica leticia araceli maribel marisol yolanda
griselda marisa mari maricarmen mariluz pili charo loli florencia agustina micaela antonella catalina luciana
josefina juliana ángela angélica blanca elsa inés juana leonor lidia lourdes nieves noelia olga rebeca susana
yesenia alma mayra karla paola karina fabiola marcela tatiana viviana yuliana leidy paloma belén dani fran
javi manu edu guille rodri álex migue cris
# Italy
giuseppe giovanni luigi francesco angelo vincenzo pietro salvatore carlo domenico paolo michele giorgio
luciano alessandro matteo davide riccardo stefano massimo maurizio claudio daniele emanuele alessio nicola
tommaso edoardo mattia filippo gianluca giacomo enrico fabrizio gianni giulio guido nicolò niccolò raffaele
rocco samuele valerio vittorio umberto elio ettore gianfranco gianmarco giancarlo lino mauro mirko piero
pierluigi romano silvio tiziano ciro gennaro pasquale gaetano cosimo giuseppina giovanna carmela caterina
francesca giulia chiara federica alessia simona stefania michela ilaria ginevra giorgia vittoria matilde noemi
camilla benedetta bianca carlotta eleonora gaia ludovica patrizia loredana donatella gabriella tiziana ornella
raffaella rossella assunta concetta filomena immacolata annalisa alessandra cinzia debora elisabetta erica
letizia mara rosaria peppe beppe simo
# Netherlands and Flanders
kees henk wim joost joris bas bram daan sem luuk thijs ruben stijn niels koen sander rik jeroen maarten
martijn jasper wouter sjoerd sietse hidde jelle gijs teun tijn noud mees jurre siem guus stef rutger floris
jochem jorrit arjen arjan ruud frans gerard jaap klaas cor evert geert hein huub bart dries jef lennert lowie
wout seppe senne warre filip kristof jop joep jurgen karel marnix michiel mathijs pim reinier remco rens roel
tijmen wessel sanne lotte fleur femke anouk maud saar lieke zoë evi yara roos esmee fenna marieke mirjam
annemieke annelies els marloes marjolein merel mieke janneke karlijn marleen renée willemijn hanneke gerda
leen sofie katrien veerle liesbeth kaat jolien febe fien ine annelien bregje demi ilona jolanda lieve loes
maaike margriet mariëlle marijke marit mirte myrthe nienke noortje pien rianne saskia sterre tineke wilhelmina
# Finland and Sweden
juha jukka mikko matti kari antti jari markku pekka heikki hannu petri sami janne tuomas jani marko lauri
jussi teemu pasi harri jarmo kalle olli eero aleksi joonas eetu juho niko onni eino väinö aapo leevi eemeli
tapio seppo raimo pentti erkki kalevi ilkka jouni jyrki kimmo risto sakari veli tero tommi vesa ari arto
jaakko juhani kristian samuli mikael valtteri lasse tuomo sanna tiina päivi minna marja tuula pirjo leena
riitta sari merja eija satu kirsi outi elina aino helmi venla eevi aada lilja kerttu siiri enni pihla iida
jenni kaisa katri krista marjo niina noora ritva saara suvi tuija ulla veera anu irma kristiina liisa maija
marjatta pauliina pirkko sini sirpa anders lennart bengt olof bo göran gunnar leif fredrik mattias gustav
viktor isak ludvig albin linus kjell stig åke torbjörn håkan pontus rasmus jesper joakim kristoffer arvid
hampus olle viggo ingvar gösta sten birgitta margareta linnea maja ebba freja selma signe agnes moa tilda tove
elin frida malin therese ulrika åsa ylva britt gunilla inger agneta emelie felicia stina
# Poland
piotr krzysztof andrzej tomasz paweł michał marcin jakub łukasz mateusz marek grzegorz józef kamil stanisław
wojciech rafał dariusz maciej zbigniew jerzy tadeusz ryszard kazimierz przemysław mariusz sławomir henryk
artur szymon antoni franciszek wiktor aleksander bartosz igor kacper karol krystian patryk radosław jarosław
janusz leszek mirosław waldemar wiesław zdzisław bogdan czesław kuba bartek tomek piotrek wojtek staszek janek
jacek krzysiek maciek kasia gosia ania basia zosia ela iza gabi aga dorota katarzyna małgorzata agnieszka ewa
krystyna elżbieta zofia danuta jadwiga aleksandra beata halina irena karolina paulina justyna agata alicja
zuzanna oliwia wiktoria weronika izabela sylwia urszula grażyna bożena iwona jolanta kinga klaudia patrycja
dominika martyna kamila marzena edyta aneta lucyna stanisława
# Turkey
mehmet mustafa ahmet hüseyin hasan ibrahim osman yusuf murat ömer ramazan halil süleyman abdullah mahmut recep
fatih emre burak cem kerem eren efe arda berk mert onur oğuz serkan volkan tolga barış hakan kemal kaan gökhan
okan orhan selim serdar sinan tuncay uğur yiğit alp baran batuhan deniz enes erkan furkan görkem kadir levent
metin cengiz erdem ozan umut yunus yasin bülent ercan erdal ferhat ilker koray mesut oktay özgür sedat sercan
taner tarık tayfun yavuz zeynep elif ayşe fatma emine hatice merve büşra esra özlem selin ecem ebru derya
gamze gizem melike sevgi yasemin duygu ceren tuba sibel nurcan aslı burcu didem dilek eda ezgi gül gülşen
hande irem kübra leyla meltem nazlı neslihan seda sema serap songül şule tuğba zehra defne asya eylül azra
ayla aylin berna cansu damla filiz hülya ipek nilay nilüfer öykü şeyma sevda
# Arabic names (Middle East and North Africa)
mohamed abdul abdulrahman abdelrahman abdulaziz abdallah khaled youssef yousef mostafa mahmoud karim kareem
tarek tarik walid samir rami fadi ziad kamal saeed majid nasser fahd hamad hamdan mansour saleh salim talal
turki yasser anas amr bassam ghassan hisham iyad marwan mazen munir nour osama raed tamer wael yahya zaid
zayed hussein adel ashraf ayman bader badr emad essam fawaz fouad haitham hazem ihab imad issa jaber jalal
khalil lotfi maher mahdi mehdi malek mohannad mounir mourad nadim nizar othman rafik riad sherif tawfik wassim
yassine younes zakaria leila amira yasmine noura rania reem dina hana huda mona rasha salma samar sahar hala
heba hiba iman lamia lubna maha manal nisreen nawal rawan ruba shaima suha wafa zeina aya malak asma asmaa
ghada amal abeer dalia alaa israa duaa hadeel haya razan nourhan souad zahra zeinab hajar houda karima latifa
loubna meriem naima nesrine sanaa siham yousra rachid samira rachida ayoub ilyas imane oumaima kawtar
# Japan
hiroshi takashi kenji yuki akira satoshi takeshi kazuki daiki kenta shota yuta ryota takumi haruto yuto sota
riku hinata ren kaito yamato minato haruki hiroki hiroyuki kazuya kazuhiro masaki masato naoki ryo ryosuke
shinji taro tatsuya tomoya toshiro yusuke daisuke kosuke keisuke shunsuke makoto osamu tetsuya kei koji
kenichi shinichi ichiro jiro akihiro takahiro tomohiro masahiro yasuhiro hideki hideo hiroto kazuo kiyoshi
minoru shigeru tadashi takuya tomoki toru tsuyoshi yoshihiro yoshio yuji yuichi yuya sora itsuki aoi kohei
shohei sho keita ryuji eiji haruka yui sakura rin yuna mio airi akari ayaka ayumi chihiro emi eri hikari
hitomi kaori kana kanako keiko kumiko mami mayumi megumi miki minami misaki miyu momoko nanami naoko natsuki
noriko rie rika saki sayaka tomoko yoko yoshiko yukiko yumi yuko akiko asuka miho nozomi shiori kyoko junko
michiko sachiko hiroko emiko chie mariko masako reiko yuka yuri mayu himari ema rina riko
# kept from the first list
amber anni austin bill brittany carolyn celine chen chloe douglas eline fang grace hanako heather hiro huang
inigo iris joao jordan lei li lily liu marina mark meera michal min pat pawel rafaela ralph riikka rob rose
tiago tim victoria virginia wang will yang zhang zhao
# found missing in session 6 ("intro chat w/ Maya"); not "Ville" (the French for a city), Ray, Ruby or Ivy (Ray
# White, Ruby Tuesday)
maya joni mael
"""


def unaccented(word: str) -> str:
    """``word`` without its accents: "Renée" and "Renee" are one name, "Müller" and "Muller" one word."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


#: Lower case, without accents.
GIVEN_NAMES = frozenset(unaccented(name) for line in _NAMES.splitlines() if not line.startswith("#")
                        for name in line.split())
