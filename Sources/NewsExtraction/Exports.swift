@_exported import ExtractionRecords
