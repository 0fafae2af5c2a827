import type { SafetyNetPhrases } from './types';

/**
 * Polish phrases. Accents are ignored when matching, but "ł" is a letter of its own, so
 * words with it are also listed as people type them without Polish letters ("zawal").
 * Word stems ("samobój", "przedawkow") catch the many Polish word endings.
 */
export const phrases: SafetyNetPhrases = {
  'suicide': ['samobój', 'zabić się', 'się zabić', 'zabiję się', 'chcę umrzeć', 'nie chcę żyć', 'nie chce mi się żyć', 'odebrać sobie życie', 'skończyć ze sobą', 'samookalecz', 'okalecz', 'tnę się', 'sobie krzywd', 'przedawkow', 'powiesić się'],
  'chest-pain': ['klatk', 'klatce', 'ból w piersi', 'ból piersi', 'boli mnie w piersi', 'ucisk w piersi', 'zawał', 'zawal', 'atak serca', 'ból serca', 'boli mnie serce', 'boli serce'],
  'breathing': ['nie mogę oddychać', 'ciężko oddychać', 'trudno oddychać', 'z oddychaniem', 'złapać tchu', 'zlapac tchu', 'brak tchu', 'brakuje mi powietrza', 'duszn', 'duszę się', 'dusi mnie', 'dławi', 'dlawi', 'krztusi', 'zadysz'],
  'stroke': ['udar', 'wylew', 'twarz opad', 'opadnięt', 'opadła twarz', 'opadla twarz', 'krzywa twarz', 'krzywe usta', 'bełko', 'belko', 'niewyraźna mowa', 'niewyraźnie mów', 'podnieść ręk', 'słaba ręka', 'slaba reka', 'przemijający atak niedokrwienny', 'przemijajacy atak', 'tia', 'mini udar', 'miniudar', 'mały udar', 'maly udar'],
  'bleeding': ['krwotok', 'silne krwawien', 'mocne krwawien', 'obfite krwawien', 'mocno krwawi', 'silnie krwawi', 'nie przestaje krwawić', 'zatamow', 'dużo krwi', 'leje się krew', 'tryska krew', 'krwią', 'krwawe wymioty'],
  'seizure': ['drgawk', 'padacz', 'epilep', 'konwuls', 'nieprzytomn', 'przytomnoś', 'zemdl', 'omdle', 'zasłab', 'zaslab', 'nie mogę obudzić', 'nie da się obudzić', 'nie budzi się'],
  'allergy': ['anafil', 'obrzęk warg', 'obrzęk ust', 'obrzęk języka', 'obrzęk gardł', 'obrzek gardl', 'spuchnięte usta', 'spuchnięty język', 'spuchnięte gardło', 'spuchniete gardlo', 'puchną usta', 'puchnie język', 'puchnie gardło', 'puchnie gardlo', 'opuchnięte usta'],
  'sepsis-rash': ['seps', 'posoczn', 'zapalenie opon', 'opon mózg', 'meningokok', 'wysypka nie znika', 'wysypka nie blednie', 'nie blednie', 'nie znika pod', 'test szklank', 'próba szklank', 'pod szklank'],
  // --- Topics A (branch topics-a). Filled in on branch triage-safety where the words clearly
  // translate; a translator should check them (English is checked in every language too).
  'sight-loss': ['straciłem wzrok', 'straciłam wzrok', 'utrata wzroku', 'utraty wzroku', 'nie widzę na', 'oślep'],
  'chemical-eye': ['chemikali', 'wybielacz', 'kwas w oku', 'chemia w oku'],
  'vomit-blood-green': ['wymiotuję krwią', 'wymiotuje krwią', 'wymioty z krwią', 'krwawe wymioty', 'zielone wymioty', 'wymiotuje na zielono', 'fusy od kawy'],
  'testicle': ['jądro', 'jądra', 'jąder', 'moszn'],
  'cold-limb': ['zimna noga', 'zimna stopa', 'zimna ręka', 'zimna dłoń', 'noga jest zimna', 'zimna i blada', 'blada i zimna'],
  'face-swelling': ['ropień', 'spuchnięta twarz', 'spuchnięty policzek', 'opuchnięta twarz', 'spuchnięta szczęka', 'spuchnięta szyja'],
  'nosebleed': ['krwawienie z nosa', 'krew z nosa', 'leci krew z nosa', 'krwotok z nosa'],
  'burn': ['oparzen', 'poparzon', 'oparzył', 'porażenie prądem', 'poraził prąd'],
  // --- end Topics A
  // --- triage-safety (branch triage-safety): words for the new safety-net questions, to be
  // checked by a translator.
  'floppy': ['wiotk', 'bezwładn', 'nie reaguje', 'nie kontaktuje', 'bardzo senn'],
  'cannot-swallow': ['nie może przełknąć', 'nie mogę przełknąć', 'ślini się', 'cieknie ślina'],
  'thunderclap': ['najgorszy ból głowy', 'nagły ból głowy', 'piorunujący ból'],
  'stiff-neck': ['sztywny kark', 'sztywność karku', 'sztywna szyja', 'razi światło', 'światło razi'],
  'skin-colour': ['sine usta', 'sinieją', 'siny', 'marmurkow', 'szara skóra', 'bardzo blad'],
  'cauda-equina': ['drętwienie krocza', 'zdrętwiałe krocze', 'nie mogę oddać moczu', 'nie mogę siusiać', 'obie nogi', 'zespół ogona końskiego'],
  'paracetamol': ['paracetamol', 'apap', 'panadol', 'calpol', 'pedicetamol'],
  // --- end triage-safety
  // --- topics-b gaps (issue 12): words for the red flags of falls and head injury, fainting,
  // palpitations, numbness, babies, joints and skin, to be checked by a translator.
  'head-injury': ['uraz głowy', 'uraz glowy', 'urazu głowy', 'urazu glowy', 'się w głowę', 'sie w glowe', 'uderzenie w głowę', 'uderzenie w glowe', 'wstrząśnienie mózgu', 'wstrzasnienie mozgu', 'guz na głowie', 'guz na glowie', 'rozbił głowę', 'rozbiła głowę', 'rozbil glowe', 'rozbila glowe', 'rozcięta głowa', 'rozcieta glowa'],
  'fall': ['upad', 'przewrócił się', 'przewróciła się', 'przewrocil sie', 'przewrocila sie', 'nie może wstać', 'nie mogę wstać', 'leży na podłodze', 'lezy na podlodze', 'poślizgnął się', 'poślizgnęła się', 'poslizgnal sie', 'poslizgnela sie', 'potknął się', 'potknęła się', 'potknal sie', 'potknela sie'],
  'broken-bone': ['złama', 'zlama', 'pęknięta kość', 'peknieta kosc', 'kość wystaje', 'kosc wystaje', 'kość przebiła', 'kosc przebila', 'zwichn', 'krzywo ustawion', 'nie może stanąć na', 'nie mogę stanąć na', 'nie może obciążyć', 'nie mogę obciążyć'],
  'fainted': ['zemdl', 'omdl', 'zasłab', 'zaslab', 'stracił przytomn', 'straciła przytomn', 'stracil przytomn', 'stracila przytomn', 'utrata przytomn'],
  'palpitations': ['kołatan', 'kolatan', 'palpitac', 'serce wali', 'serce mi wali', 'serce bije szybko', 'serce bije bardzo szybko', 'szybkie bicie serca', 'nierówne bicie serca', 'serce kołacze', 'serce kolacze', 'arytmi', 'migotanie przedsionków', 'częstoskurcz', 'serce przeskakuje', 'serce trzepocze'],
  'numbness': ['drętw', 'zdrętwia', 'mrowien', 'mrowi mnie', 'cierpnie', 'ścierpnię', 'słabość ręki', 'slabosc reki', 'słabość nogi', 'slabosc nogi', 'osłabien', 'oslabien', 'bez czucia', 'brak czucia', 'nie czuję ręki', 'nie czuje reki', 'nie czuję nogi', 'nie czuje nogi', 'guillain'],
  'weak-cry': ['słaby płacz', 'slaby placz', 'piskliwy płacz', 'piskliwy placz', 'dziwny płacz', 'dziwny placz', 'płacze słabo', 'placze slabo', 'kwili', 'jęczy', 'pojękuj'],
  'soft-spot': ['ciemiączk', 'uwypuklon', 'wybrzuszenie na głowie', 'wybrzuszenie na glowie'],
  'not-feeding': ['nie je nic', 'nie chce jeść', 'nie ssie', 'nie pije', 'odmawia jedzenia', 'odmawia picia', 'odmawia butelki', 'nie chce piersi', 'nie chce butelki', 'sucha pieluch', 'suche pieluch', 'nie siusia', 'nie sika', 'wymiotuje po każdym', 'ciągle wymiotuje', 'wymiotuje wszystko'],
  'hot-joint': ['gorący staw', 'staw jest gorący', 'spuchnięty staw', 'obrzęk stawu', 'spuchnięte kolano', 'gorące kolano', 'dna moczanowa', 'podagra', 'zapalenie stawu', 'spuchnięte kolan', 'spuchniete kolan', 'kolano jest spuchnięte', 'kolano jest gorące', 'gorącego stawu', 'spuchniętego stawu'],
  'leg-clot': ['zakrzep', 'skrzep', 'spuchnięta łydk', 'spuchnieta lydk', 'opuchnięta łydk', 'opuchnieta lydk', 'łydka jest spuchnięta', 'lydka jest spuchnieta', 'ból łydki', 'bol lydki', 'boli mnie łydka', 'boli mnie lydka', 'spuchnięta nog', 'spuchnieta nog', 'opuchnięta nog', 'opuchnieta nog', 'jedna noga spuchnięta'],
  'skin-spreading': ['zapalenie tkanki łącznej', 'zapalenie tkanki lacznej', 'zaczerwienienie się rozszerza', 'zaczerwienienie rośnie', 'czerwone i gorące', 'czerwona i gorąca', 'gorące i czerwone', 'infekcja skóry', 'czerwona pręga'],
  'eczema': ['egzem', 'wyprysk', 'atopowe zapalenie skóry', 'azs'],
  // --- end topics-b gaps
};
