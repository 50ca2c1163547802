"""Reading a decree's text: the fields, their confidence, status links and the abstract draft."""
