import dev.byline.corpus.Corpus;
import dev.byline.text.Document;
import dev.byline.text.Sentence;
import java.nio.file.Path;

/** Prints doc TAB title, then doc TAB sentence (whitespace runs as one space) for every sentence of a folder. */
public class Sentences {
    public static void main(String[] args) {
        for (Document d : Corpus.load(Path.of(args[0]))) {
            System.out.println(d.id() + "\tTITLE\t" + d.title().orElse("").replaceAll("\\s+", " "));
            for (Sentence s : d.sentences()) {
                System.out.println(d.id() + "\t" + s.text().replaceAll("\\s+", " "));
            }
        }
    }
}
