// The warden page's words in Dutch, French and English. Elements carry data-i18n="key" (and data-i18n-args, a JSON
// array) so that a change of language re-renders every text the page shows, also those it set itself.

const LANGUAGE_KEY = 'ptr-warden-language';
const LOCALES = {nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB'};

const TEXTS = {
  nl: {
    'title': 'PTR-pas — parkeerwachter',
    'brand.sub': 'Parkeerwachter',
    'language': 'Taal',
    'loading': 'Laden…',
    'offline': 'Geen netwerk: controleren kan pas weer met verbinding.',
    'signIn.heading': 'Aanmelden',
    'signIn.demo': 'Demo-parkeerwachters',
    'signIn.demoOnly': 'Alleen op de ingebouwde demo-installatie.',
    'signIn.token': 'Toegangstoken',
    'signIn.tokenOr': 'Of plak een toegangstoken',
    'signIn.tokenHint': 'Plak het token dat u van de aanmeldservice kreeg.',
    'signIn.tokenLabel': 'Token',
    'signIn.button': 'Aanmelden',
    'signOut': 'Afmelden',
    'check.heading': 'Nummerplaat controleren',
    'check.plate': 'Nummerplaat of scan',
    'check.zone': 'Zone',
    'check.chooseZone': '— Kies een zone —',
    'check.myPosition': 'Mijn positie (GPS)',
    'check.country': 'Land',
    'check.button': 'Controleren',
    'check.busy': 'Bezig…',
    'verdict.RIGHT': 'IN ORDE',
    'verdict.RECENTLY_EXPIRED': 'NET VERLOPEN',
    'verdict.NO_RIGHT': 'GEEN RECHT',
    'verdict.NO_REGULATED_ZONE': 'GEEN GEREGLEMENTEERDE ZONE',
    'verdict.zone': 'Zone',
    'verdict.kind': 'Recht',
    'verdict.until': 'Geldig tot',
    'verdict.at': 'Gecontroleerd',
    'verdict.noZone': '— geen zone',
    'verdict.byPosition': '{0} — via positie',
    'verdict.notDisclosed': 'Niet vrijgegeven',
    'verdict.noRightFound': 'Geen recht gevonden',
    'verdict.disc': 'Blauwe zone: parkeren met parkeerschijf is toegestaan tot {0}.',
    'verdict.nearbyNone': 'Geen rechten in de buurt.',
    'verdict.nearby': 'Rechten in de buurt: {0}',
    'verdict.everyZone': 'alle zones',
    'duration.hours': '{0} uur',
    'duration.hour': '{0} uur',
    'duration.minutes': '{0} min',
    'kind.RESIDENT_PERMIT': 'Bewonerskaart',
    'kind.EMPLOYEE_PERMIT': 'Werknemerskaart',
    'kind.BUSINESS_PERMIT': 'Bedrijfskaart',
    'kind.CAREGIVER_PERMIT': 'Zorgverlenerskaart',
    'kind.SECOND_RESIDENCE_PERMIT': 'Tweedeverblijvenkaart',
    'kind.VISITOR': 'Bezoekerskaart',
    'kind.WHITELIST': 'Witte lijst',
    'kind.EXEMPTION': 'Vrijstelling',
    'kind.PAID_SESSION': 'Betaalde parkeersessie',
    'kind.PARKING_DISC': 'Digitale parkeerschijf',
    'kind.IOD': 'Inname openbaar domein (IOD)',
    'kind.DISABLED_CARD': 'Parkeerkaart personen met een handicap',
    'recent.heading': 'Recente controles',
    'recent.refresh': 'Vernieuwen',
    'recent.empty': 'Nog geen controles.',
    'field.plate': 'Nummerplaat',
    'field.zone': 'Zone',
    'field.lat': 'Positie',
    'field.lon': 'Positie',
    'field.country': 'Land',
    'field.problem': '{0}: {1}',
    'error.enterPlate': 'Vul een nummerplaat in.',
    'error.chooseZone': 'Kies een zone of "Mijn positie".',
    'error.severalPlates': 'In deze scan kunnen meerdere velden de nummerplaat zijn ({0}): typ de juiste.',
    'error.noConnection': 'Geen verbinding met het platform.',
    'error.notAllowed': 'Geen toegang.',
    'error.status': 'Het platform antwoordde {0}.',
    'error.noGeolocation': 'Deze browser geeft geen positie; kies een zone.',
    'error.positionRefused': 'Positie geweigerd; sta locatie toe of kies een zone.',
    'error.noPosition': 'Geen positie gevonden; kies een zone.',
    'scan.read': 'Gelezen uit scan: {0}',
    'scan.seenAt': 'gezien om {0}',
    'token.invalid': 'Dit is geen geldig token.',
    'token.expired': 'Dit token is verlopen: meld opnieuw aan.',
    'token.noMunicipality': 'Het token noemt geen gemeente (claim "{0}").',
    'token.notWarden': 'Dit token geeft geen rol parkeerwachter.',
    'token.refused': 'Uw aanmelding is verlopen of werd geweigerd: meld opnieuw aan.'
  },
  fr: {
    'title': 'PTR-pas — contrôle du stationnement',
    'brand.sub': 'Contrôle du stationnement',
    'language': 'Langue',
    'loading': 'Chargement…',
    'offline': 'Pas de réseau : le contrôle reprendra avec la connexion.',
    'signIn.heading': 'Connexion',
    'signIn.demo': 'Contrôleurs de démonstration',
    'signIn.demoOnly': 'Uniquement sur l’installation de démonstration intégrée.',
    'signIn.token': 'Jeton d’accès',
    'signIn.tokenOr': 'Ou collez un jeton d’accès',
    'signIn.tokenHint': 'Collez le jeton reçu de votre service de connexion.',
    'signIn.tokenLabel': 'Jeton',
    'signIn.button': 'Se connecter',
    'signOut': 'Se déconnecter',
    'check.heading': 'Contrôler une plaque',
    'check.plate': 'Plaque ou ligne de scan',
    'check.zone': 'Zone',
    'check.chooseZone': '— Choisir une zone —',
    'check.myPosition': 'Ma position (GPS)',
    'check.country': 'Pays',
    'check.button': 'Contrôler',
    'check.busy': 'Contrôle…',
    'verdict.RIGHT': 'EN ORDRE',
    'verdict.RECENTLY_EXPIRED': 'EXPIRÉ RÉCEMMENT',
    'verdict.NO_RIGHT': 'PAS DE DROIT',
    'verdict.NO_REGULATED_ZONE': 'PAS DE ZONE RÉGLEMENTÉE',
    'verdict.zone': 'Zone',
    'verdict.kind': 'Droit',
    'verdict.until': 'Valable jusqu’au',
    'verdict.at': 'Contrôlé',
    'verdict.noZone': '— aucune zone',
    'verdict.byPosition': '{0} — par position',
    'verdict.notDisclosed': 'Non communiqué',
    'verdict.noRightFound': 'Aucun droit trouvé',
    'verdict.disc': 'Zone bleue : le stationnement avec disque est autorisé jusqu’à {0}.',
    'verdict.nearbyNone': 'Aucun droit à proximité.',
    'verdict.nearby': 'Droits à proximité : {0}',
    'verdict.everyZone': 'toutes les zones',
    'duration.hours': '{0} heures',
    'duration.hour': '{0} heure',
    'duration.minutes': '{0} min',
    'kind.RESIDENT_PERMIT': 'Carte de riverain',
    'kind.EMPLOYEE_PERMIT': 'Carte de travailleur',
    'kind.BUSINESS_PERMIT': 'Carte d’entreprise',
    'kind.CAREGIVER_PERMIT': 'Carte de prestataire de soins',
    'kind.SECOND_RESIDENCE_PERMIT': 'Carte de seconde résidence',
    'kind.VISITOR': 'Carte de visiteur',
    'kind.WHITELIST': 'Liste blanche',
    'kind.EXEMPTION': 'Exemption',
    'kind.PAID_SESSION': 'Session de stationnement payée',
    'kind.PARKING_DISC': 'Disque de stationnement numérique',
    'kind.IOD': 'Occupation du domaine public',
    'kind.DISABLED_CARD': 'Carte de stationnement pour personnes handicapées',
    'recent.heading': 'Contrôles récents',
    'recent.refresh': 'Actualiser',
    'recent.empty': 'Aucun contrôle pour l’instant.',
    'field.plate': 'Plaque',
    'field.zone': 'Zone',
    'field.lat': 'Position',
    'field.lon': 'Position',
    'field.country': 'Pays',
    'field.problem': '{0} : {1}',
    'error.enterPlate': 'Saisissez une plaque.',
    'error.chooseZone': 'Choisissez une zone ou « Ma position ».',
    'error.severalPlates': 'Plusieurs champs de ce scan peuvent être la plaque ({0}) : tapez la bonne.',
    'error.noConnection': 'Pas de connexion avec la plateforme.',
    'error.notAllowed': 'Accès refusé.',
    'error.status': 'La plateforme a répondu {0}.',
    'error.noGeolocation': 'Ce navigateur ne donne pas de position ; choisissez une zone.',
    'error.positionRefused': 'Position refusée ; autorisez la localisation ou choisissez une zone.',
    'error.noPosition': 'Aucune position trouvée ; choisissez une zone.',
    'scan.read': 'Lu dans le scan : {0}',
    'scan.seenAt': 'vu à {0}',
    'token.invalid': 'Ce jeton n’est pas valable.',
    'token.expired': 'Ce jeton a expiré : reconnectez-vous.',
    'token.noMunicipality': 'Le jeton ne nomme aucune commune (claim « {0} »).',
    'token.notWarden': 'Ce jeton ne donne pas le rôle de contrôleur.',
    'token.refused': 'Votre connexion a expiré ou a été refusée : reconnectez-vous.'
  },
  en: {
    'title': 'PTR-pas — parking warden',
    'brand.sub': 'Parking warden',
    'language': 'Language',
    'loading': 'Loading…',
    'offline': 'No network: checks resume once connected.',
    'signIn.heading': 'Sign in',
    'signIn.demo': 'Demo wardens',
    'signIn.demoOnly': 'Embedded demo installation only.',
    'signIn.token': 'Access token',
    'signIn.tokenOr': 'Or paste an access token',
    'signIn.tokenHint': 'Paste the token your sign-in service gave you.',
    'signIn.tokenLabel': 'Token',
    'signIn.button': 'Sign in',
    'signOut': 'Sign out',
    'check.heading': 'Check a plate',
    'check.plate': 'Plate or scan line',
    'check.zone': 'Zone',
    'check.chooseZone': '— Choose a zone —',
    'check.myPosition': 'My position (GPS)',
    'check.country': 'Country',
    'check.button': 'Check',
    'check.busy': 'Checking…',
    'verdict.RIGHT': 'RIGHT TO PARK',
    'verdict.RECENTLY_EXPIRED': 'RECENTLY EXPIRED',
    'verdict.NO_RIGHT': 'NO RIGHT',
    'verdict.NO_REGULATED_ZONE': 'NO REGULATED ZONE',
    'verdict.zone': 'Zone',
    'verdict.kind': 'Right',
    'verdict.until': 'Valid until',
    'verdict.at': 'Checked',
    'verdict.noZone': '— no zone',
    'verdict.byPosition': '{0} — by position',
    'verdict.notDisclosed': 'Not disclosed',
    'verdict.noRightFound': 'No right found',
    'verdict.disc': 'Blue zone: parking with a parking disc is allowed up to {0}.',
    'verdict.nearbyNone': 'No rights nearby.',
    'verdict.nearby': 'Rights nearby: {0}',
    'verdict.everyZone': 'every zone',
    'duration.hours': '{0} hours',
    'duration.hour': '{0} hour',
    'duration.minutes': '{0} min',
    'kind.RESIDENT_PERMIT': 'Resident permit',
    'kind.EMPLOYEE_PERMIT': 'Employee permit',
    'kind.BUSINESS_PERMIT': 'Business permit',
    'kind.CAREGIVER_PERMIT': 'Care-giver permit',
    'kind.SECOND_RESIDENCE_PERMIT': 'Second-residence permit',
    'kind.VISITOR': 'Visitor permit',
    'kind.WHITELIST': 'Whitelist',
    'kind.EXEMPTION': 'Exemption',
    'kind.PAID_SESSION': 'Paid parking session',
    'kind.PARKING_DISC': 'Digital parking disc',
    'kind.IOD': 'Occupation permit (IOD)',
    'kind.DISABLED_CARD': 'Disabled parking card',
    'recent.heading': 'Recent checks',
    'recent.refresh': 'Refresh',
    'recent.empty': 'No checks yet.',
    'field.plate': 'Plate',
    'field.zone': 'Zone',
    'field.lat': 'Position',
    'field.lon': 'Position',
    'field.country': 'Country',
    'field.problem': '{0}: {1}',
    'error.enterPlate': 'Enter a plate.',
    'error.chooseZone': 'Choose a zone or "My position".',
    'error.severalPlates': 'Several fields of this scan could be the plate ({0}): type the right one.',
    'error.noConnection': 'No connection to the platform.',
    'error.notAllowed': 'Not allowed.',
    'error.status': 'The platform answered {0}.',
    'error.noGeolocation': 'This browser gives no position; choose a zone.',
    'error.positionRefused': 'Location refused; allow it or choose a zone.',
    'error.noPosition': 'No position found; choose a zone.',
    'scan.read': 'Read from scan: {0}',
    'scan.seenAt': 'seen at {0}',
    'token.invalid': 'This is not a valid token.',
    'token.expired': 'This token has expired: sign in again.',
    'token.noMunicipality': 'The token names no municipality (claim "{0}").',
    'token.notWarden': 'This token does not give the warden role.',
    'token.refused': 'Your sign-in expired or was refused: sign in again.'
  }
};

export const LANGUAGES = Object.keys(TEXTS);
let language = 'nl';
const listeners = [];

/** The text for {@code key} in the page's language; an argument {k: key} is itself translated. */
export function t(key, ...args) {
  const text = TEXTS[language][key];
  if (text === undefined) {
    return null;
  }
  return text.replace(/\{(\d)\}/g, (match, index) => {
    const arg = args[Number(index)];
    return arg && typeof arg === 'object' ? t(arg.k) || arg.k : String(arg);
  });
}

/** Shows a translated text in {@code element} and keeps its key, so it follows a change of language. */
export function say(element, key, ...args) {
  element.setAttribute('data-i18n', key);
  if (args.length > 0) {
    element.setAttribute('data-i18n-args', JSON.stringify(args));
  } else {
    element.removeAttribute('data-i18n-args');
  }
  element.textContent = t(key, ...args);
  element.hidden = false;
}

export function currentLanguage() {
  return language;
}

export function locale() {
  return LOCALES[language];
}

/** ?lang= in the address, else the warden's earlier choice on this device, else the browser's languages, else nl. */
export function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked && TEXTS[asked]) {
    return asked;
  }
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  if (chosen && TEXTS[chosen]) {
    return chosen;
  }
  for (const tag of navigator.languages || []) {
    const primary = tag.slice(0, 2).toLowerCase();
    if (TEXTS[primary]) {
      return primary;
    }
  }
  return 'nl';
}

export function onLanguageChange(listener) {
  listeners.push(listener);
}

/** Switches the whole page: its lang attribute, title, every keyed text, then whatever the modules render. */
export function useLanguage(wanted, remember) {
  language = TEXTS[wanted] ? wanted : 'nl';
  if (remember) {
    localStorage.setItem(LANGUAGE_KEY, language);
  }
  document.documentElement.lang = language;
  document.title = t('title');
  for (const keyed of document.querySelectorAll('[data-i18n]')) {
    const args = keyed.hasAttribute('data-i18n-args') ? JSON.parse(keyed.getAttribute('data-i18n-args')) : [];
    keyed.textContent = t(keyed.getAttribute('data-i18n'), ...args);
  }
  for (const listener of listeners) {
    listener(language);
  }
}
