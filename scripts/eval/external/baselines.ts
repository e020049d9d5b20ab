// Lexicon-sentiment baselines, run on the same items in the same run as Tactful (devDependencies, eval
// only): AFINN-165 via `sentiment` (score = comparative, i.e. the AFINN sum per token) and VADER via
// `vader-sentiment` (score = compound). Higher = more positive. Tasks that look for a negative quality
// (defensiveness, condescension, complaints) use the negated score, so each method is oriented the same
// way as Tactful's signal before the metric is taken.
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';

const afinnScorer = new Sentiment();

export const afinn = (text: string): number => afinnScorer.analyze(text).comparative;

export const vaderCompound = (text: string): number => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
