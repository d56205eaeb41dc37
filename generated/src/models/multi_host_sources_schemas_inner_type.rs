//! `MultiHostSourcesSchemasInnerType`, from `beta/schemas/MultiHostSources.yaml`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum
    MultiHostSourcesSchemasInnerType { #[doc = " `CONNECTOR_SCHEMA`"] ConnectorSchema =
    "CONNECTOR_SCHEMA", }
}
