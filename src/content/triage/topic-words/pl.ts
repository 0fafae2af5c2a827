/**
 * Polish words that suggest each topic, offered on "Something else" (whole words; a trailing
 * `*` matches the start of a word). English (en.ts) is checked alongside. Stems with `*` catch
 * the case endings; ones that would also catch everyday words ("staw*" and "stawić") are
 * listed whole. Written with the translation; a translator should check them. Adding words is
 * safe: a suggestion is only offered, never forced.
 */
export const words: Readonly<Record<string, readonly string[]>> = {
  'chest-pain': ['klatk*', 'klatce', 'pierś', 'piersi', 'serce', 'serca', 'sercem', 'dławica', 'żebro', 'żebra', 'żeber', 'mostek'],
  'breathing-cough': ['kaszel', 'kaszl*', 'kaszle', 'oddech*', 'oddycha*', 'duszno*', 'świszcz*', 'astma', 'astmy', 'inhalator*', 'flegma', 'plwocin*', 'katar', 'przeziębien*', 'grypa', 'grypy'],
  headache: ['ból głowy', 'bol glowy', 'boli mnie głowa', 'boli mnie glowa', 'głowa', 'glowa', 'migren*'],
  'abdominal-pain': ['brzuch*', 'żołąd*', 'zoladek', 'zoladka', 'wyrostek', 'zaparci*', 'wzdęci*', 'wzdeci*', 'niestrawność', 'zgaga'],
  fever: ['gorączk*', 'goraczk*', 'temperatur*', 'dreszcz*', 'poty', 'rozpalon*'],
  urinary: ['mocz*', 'siusi*', 'sikanie', 'pieczenie przy sikaniu', 'zapalenie pęcherza', 'pęcherz*', 'pecherz*', 'nerk*', 'cewk*'],
  'sore-throat': ['gardło', 'gardla', 'gardła', 'gardlo', 'migdał*', 'migdal*', 'przełyka*', 'angina', 'anginy'],
  earache: ['ucho', 'ucha', 'uszy', 'uszu', 'uchu', 'ból ucha', 'bol ucha'],
  'rash-skin': ['wysypk*', 'krostk*', 'swędzi', 'swędzenie', 'swedzi', 'ugryzien*', 'użądlen*', 'półpasiec', 'polpasiec', 'liszaj*', 'skóra', 'skóry', 'skora', 'pokrzywk*'],
  'back-pain': ['plecy', 'plecach', 'pleców', 'krzyż', 'kręgosłup*', 'kregoslup*', 'rwa kulszowa', 'lędźw*', 'ledzw*', 'dysk'],
  'mental-health': ['depresj*', 'niepokój', 'panik*', 'stres*', 'nastrój', 'nastroj', 'psychicz*', 'samobój*', 'samobojcz*', 'nie daję rady', 'nie daje rady', 'stany lękowe', 'napady lęku', 'lęk przed'],
  pregnancy: ['ciąż*', 'ciaz*', 'położn*', 'polozn*', 'skurcz*', 'wody odeszły', 'wody odeszly', 'dziecko się rusza'],
  medication: ['tablet*', 'lek', 'leki', 'leków', 'lekow', 'recept*', 'dawk*', 'skutki uboczne', 'skutek uboczny', 'pigułk*', 'piguł*'],
  eyes: ['oko', 'oka', 'oczy', 'oczu', 'wzrok*', 'widzę', 'widze', 'zapalenie spojówek', 'spojówk*', 'powiek*', 'jęczmień', 'soczewk*', 'rozmazan*'],
  'diarrhoea-vomiting': ['biegunk*', 'wymiot*', 'wymiotuj*', 'rzyga*', 'jelitówk*', 'jelitowk*', 'zatrucie pokarmowe', 'odwodnien*'],
  limb: ['noga', 'nogi', 'nogę', 'nodze', 'ręka', 'ręki', 'rękę', 'reka', 'reke', 'ramię', 'ramie', 'kolan*', 'kostk*', 'stopa', 'stopy', 'stopie', 'palec', 'palca', 'palce', 'dłoń', 'dlon', 'nadgarst*', 'łokieć', 'lokiec', 'bark', 'biodr*', 'łydk*', 'lydk*', 'udo', 'skręcon*', 'skrecon*', 'złaman*', 'zlaman*', 'zakrzep*'],
  'genital-sexual-health': ['pochw*', 'srom', 'upław*', 'uplaw*', 'grzybic*', 'penis*', 'prącie', 'jądr*', 'jadr*', 'moszn*', 'narządy płciowe', 'intymn*', 'seks*', 'stosunek', 'prezerwatyw*', 'antykoncepcj*', 'pigułka dzień po', 'okres', 'miesiączk*', 'menopauz*', 'hiv', 'chlamydi*', 'rzeżączk*', 'opryszczk*'],
  'mouth-teeth': ['ząb', 'zab', 'zęba', 'zeba', 'zębów', 'dentyst*', 'dziąsł*', 'dziasl*', 'usta', 'ust', 'afta', 'afty', 'owrzodzen*', 'ropień', 'szczęk*', 'plomb*', 'proteza', 'na języku', 'język spuchnięty', 'spuchnięty język', 'bolą zęby', 'bolą mnie zęby', 'bola mnie zeby'],
  'nose-sinuses': ['nos', 'nosa', 'nosie', 'zatok*', 'katar sienny', 'alergi*', 'kicha*', 'kichanie', 'zatkany nos', 'krwawienie z nosa', 'krew z nosa', 'pyłk*'],
  'wounds-bites-burns': ['rana', 'rany', 'ranę', 'skaleczen*', 'rozcięci*', 'otarci*', 'ugryzł*', 'ugryzien*', 'pies', 'psa', 'kot', 'kota', 'użądl*', 'osa', 'pszczoła', 'kleszcz*', 'oparzen*', 'oparzył*', 'poparzy*', 'szwy', 'tężec', 'tezec'],
  'falls-head-injury': ['upad*', 'przewrócił*', 'przewrocil*', 'poślizgnął', 'potknął', 'uraz głowy', 'uraz glowy', 'uderzył się w głowę', 'uderzyła się w głowę', 'wstrząśnienie', 'guz na głowie'],
  'dizziness-fainting': ['zawrot*', 'zawroty głowy', 'kręci mi się w głowie', 'kreci mi sie w glowie', 'omdle*', 'zemdl*', 'zasłab*', 'zaslab*', 'równowag*', 'rownowag*', 'błędnik'],
  palpitations: ['kołatan*', 'kolatan*', 'palpitac*', 'serce wali', 'bicie serca', 'tętno', 'tetno', 'puls', 'arytmi*', 'migotanie'],
  'numbness-tingling': ['drętwien*', 'dretwien*', 'drętwi*', 'dretwi*', 'zdrętwiał*', 'mrowien*', 'mrowi', 'cierpn*', 'osłabien*', 'oslabien*', 'bez czucia', 'nie czuję', 'cieśń nadgarstka'],
  baby: ['niemowl*', 'noworod*', 'dziecko', 'dzidziuś', 'bobas*', 'pieluch*', 'pieluszk*', 'ciemiączk*', 'karmienie', 'karmię', 'butelk*', 'mleko', 'tygodni', 'tygodniowe', 'miesięczne', 'miesięcy', 'miesiecy', 'ząbkowanie', 'kolk*', 'żółtaczk*'],
  'joint-muscle-pain': ['kolan*', 'biodr*', 'kostk*', 'nadgarst*', 'łokie*', 'bark*', 'naciągnię*', 'skręcen*', 'dna moczanowa', 'artretyzm', 'reumatyzm', 'zwyrodnien*', 'kuleje', 'kuleje', 'ścięgn*', 'sztywn*', 'staw', 'stawu', 'stawy', 'stawów', 'stawach', 'stawie', 'mięsień', 'mięśnie', 'mięśni', 'mięśnia'],
  'skin-conditions': ['egzem*', 'wyprysk*', 'łuszczyc*', 'luszczyc*', 'trądzik*', 'tradzik*', 'pryszcz*', 'pokrzywk*', 'znamię', 'znamie', 'pieprzyk*', 'swędzenie', 'swędzi', 'sucha skóra', 'sucha skora', 'azs'],
};
