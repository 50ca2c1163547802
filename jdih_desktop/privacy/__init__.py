"""Personal data in decree PDFs (UU 27/2022 PDP): find it per page with its position, make a
truly redacted public copy, and record the operator's publish decision. Qt-free; the CLI
(``jdih privacy``) and the GUI call :class:`~jdih_desktop.privacy.service.PrivacyService`."""
