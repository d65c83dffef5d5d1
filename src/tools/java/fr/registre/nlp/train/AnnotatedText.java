package fr.registre.nlp.train;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * A text with its names marked the OpenNLP way, but inside the text as written (line breaks and
 * spacing kept): "présidée par <START:person> Jean DUPONT <END>". The markers and the one space on
 * their inner side are not part of the text.
 *
 * @param text  the text without markers
 * @param names character spans of the names, typed ("person", "organization")
 */
public record AnnotatedText(String text, List<Span> names) {

    private static final Pattern MARK = Pattern.compile("<START:([\\w-]+)> |( <END>)");

    public AnnotatedText {
        names = List.copyOf(names);
    }

    public static AnnotatedText parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Span> names = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        int start = -1;
        String type = null;
        while (m.find()) {
            text.append(marked, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                if (type != null) {
                    throw new IllegalArgumentException("nested name at " + m.start() + ": " + excerpt(marked, m.start()));
                }
                type = m.group(1);
                start = text.length();
            } else {
                if (type == null) {
                    throw new IllegalArgumentException("<END> without <START> at " + m.start() + ": " + excerpt(marked, m.start()));
                }
                names.add(new Span(start, text.length(), type));
                type = null;
            }
        }
        if (type != null) {
            throw new IllegalArgumentException("name not closed: " + excerpt(marked, marked.length() - 1));
        }
        text.append(marked, last, marked.length());
        return new AnnotatedText(text.toString(), names);
    }

    /** The names of one type. */
    public List<Span> names(String type) {
        return names.stream().filter(s -> s.getType().equals(type)).toList();
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }
}
