package fr.registre;

import fr.registre.correct.AccentIndex;
import fr.registre.correct.CorrectorOptions;
import fr.registre.correct.OcrCorrector;
import fr.registre.nlp.EntityTagger;
import fr.registre.nlp.NameFinderModels;
import fr.registre.nlp.SentenceSplitter;
import fr.registre.nlp.TaggerOptions;
import fr.registre.text.Lexicon;
import opennlp.tools.namefind.TokenNameFinderModel;

/** The heavy resources, loaded once for the whole test run, as the composition root does for a process. */
public final class Resources {

    public static final Lexicon LEXICON = Lexicon.load();
    public static final AccentIndex ACCENTS = AccentIndex.load();
    public static final TokenNameFinderModel NAME_MODEL = NameFinderModels.loadShipped();
    public static final SentenceSplitter SPLITTER = new SentenceSplitter(SentenceSplitter.loadFrenchModel());

    private Resources() {
    }

    public static OcrCorrector corrector(CorrectorOptions options) {
        return new OcrCorrector(LEXICON, ACCENTS, options);
    }

    public static EntityTagger tagger(TaggerOptions options) {
        return new EntityTagger(NAME_MODEL, SPLITTER, LEXICON, options);
    }
}
