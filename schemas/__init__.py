from .models import TABLES, Document, ExtractionError, Indicator, Item, Row, Section, Sentence, TableRow

__all__ = ["TABLES", "Document", "ExtractionError", "Indicator", "Item", "Row", "Section", "Sentence", "TableRow"]
