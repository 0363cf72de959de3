"""Spreadsheet (.xlsx / .csv) import and export of village committees, supervisees and assistants."""
