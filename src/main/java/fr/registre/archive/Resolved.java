package fr.registre.archive;

import java.util.List;

/** A person or an organisation of one authority, as resolution makes it: its name and its written variants. */
public interface Resolved {

    String authority();

    String name();

    List<Variant> variants();
}
