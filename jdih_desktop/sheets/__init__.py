"""Printed sheets' data: gathers what a form shows from the services and the database, then
hands plain dataclasses to the renderers in :mod:`jdih_desktop.printing`.

Above ``workflow`` (it reads requests, dispositions, reports) so that ``printing`` stays pure
rendering and never imports the workflow it prints for.
"""
