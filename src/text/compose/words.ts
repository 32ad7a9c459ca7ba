/** Word classes the composers step over when they look for a term's qualifier, sites or side. */

/** Words skipped when looking for a term's qualifier or its sites. */
export const FILLER = new Set([
  'my', 'the', 'his', 'her', 'their', 'your', 'a', 'an', 'its', '-', 'of', 'on', 'in', 'at', 'to', 'into', 'down', 'up', 'over', 'along', 'through', 'around',
  'across', 'from', 'and', 'or', '/', '+', '&', '(', ')', 'all', 'way', 'whole', 'entire', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have',
  'had', 'feels', 'feel', 'felt', 'seems', 'seem', 'appears', 'appear', 'remains', 'remain', 'became', 'become', 'both', 'very', 'quite', 'slightly', 'mildly',
  'markedly', 'severely', 'moderately', 'somewhat', 'little', 'bit', 'also', 'now', 'still', 'again', 'mild', 'moderate', 'severe', 'marked', 'significant',
  'slight', 'some', 'any', 'with', 'as', 'lower', 'upper', 'sided', 'side', 'aspect', 'area', 'region', 'part', 'towards', 'toward', 'as', 'far', 'just',
  'below', 'above', 'behind', 'onto', 'out', 'back', 'front', 'tested', 'testing', 'test', 'exam', 'examination', 'strength', 'grade', 'graded', 'mrc', 'measured',
  'was', 'at', 'about', 'approximately', '~', 'then', 'sometimes', 'occasionally', 'intermittent', 'intermittently', 'constant', 'constantly', 'radiating',
  'versus', 'vs', 'v', 'than', 'greater', 'more', 'compared', 'reported', 'noted', 'found', 'described', 'appreciated', 'elicited', 'demonstrated', 'revealed',
  'shows', 'showed', 'reveals', 'throughout', 'overall', 'generally', 'global', 'globally', 'distal', 'proximal', 'distally', 'proximally',
  'completely', 'totally', 'entirely', 'really', 'absolutely', 'so',
]);

export const ADJECTIVES = new Set(['low', 'lower', 'upper', 'severe', 'mild', 'chronic', 'acute', 'intermittent', 'constant', 'bilateral', 'right', 'left', 'sided', '-', 'the', 'my', 'his', 'her', 'of', 'moderate', 'new', 'ongoing', 'persistent', 'recurrent', 'occasional', 'dull', 'sharp', 'nagging', 'unilateral', 'posterior', 'anterior', 'lateral', 'medial', 'whole', 'entire', 'in', 'both', 'also', 'their', 'a', 'some', 'worsening', 'increasing', 'terrible', 'bad', 'excruciating', 'mechanical', 'axial', 'significant']);

export const AUXILIARIES = new Set([
  // Degree and hedge words: "my bottom is totally numb", "my crotch feels kind of numb".
  'totally', 'completely', 'entirely', 'kind', 'kinda', 'sort', 'sorta', 'bit', 'little', 'slightly', 'pretty', 'fairly', 'rather', 'somewhat', 'partly',
  'partially', 'almost', 'literally', 'all',
  'feel', 'actually', 'even', 'start', 'starting', 'begin', 'begins', 'began', 'tend', 'tends', 'to', 'gone', 'went', 'go', 'goes', 'become', 'became', 'grown', 'getting', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'keeps', 'kept', 'started', 'starts', 'feels', 'felt', 'still', 'really', 'very', 'so', 'also', "'s", 'itself', 'always', 'now', 'being', 'get', 'gets', 'getting', 'got', 'had', 'will', 'would', 'can', 'does', 'do', 'did', 'constantly', 'badly', 'really', 'quite']);

export const LINKING_WORDS = new Set(['primarily', 'mainly', 'mostly', 'predominantly', 'particularly', 'especially', 'located', 'localized', 'localised', 'situated', 'felt', 'centered', 'centred', 'focused', 'which', 'that', 'radiates', 'radiating', 'extending', 'that', 'which', 'it', 'goes', 'go', 'going', 'comes', 'came', 'round', 'spreads', 'all', 'way', 'then', 'sometimes', 'feels', 'like', 'with', 'associated', 'involving', 'affecting', 'especially', 'mainly', 'mostly', 'predominantly', 'primarily', 'more', 'than', 'extending', 'as', 'well', 'far', 'just', 'get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'felt', 'running', 'runs']);

/** Words that may stand between a negation and the function it says failed: "cannot elicit S1 reflexes", "not able to feel". */
export const BARE_NEGATION_GAP = new Set(['able', 'properly', 'really', 'ever', 'feel', 'palpate', 'elicit', 'obtain', 'detect', 'active', 'voluntary', 'any']);
