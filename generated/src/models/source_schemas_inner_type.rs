//! `SourceSchemasInnerType`, from `beta/schemas/Source.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum SourceSchemasInnerType { #[doc
    = " `CONNECTOR_SCHEMA`"] ConnectorSchema = "CONNECTOR_SCHEMA", }
}
