//! `AttributeDefinitionSchemaType`, from `beta/schemas/AttributeDefinition.yaml`.
crate::string_enum! {
    #[doc = " The type of object being referenced"] pub enum
    AttributeDefinitionSchemaType { #[doc = " `CONNECTOR_SCHEMA`"] ConnectorSchema =
    "CONNECTOR_SCHEMA", }
}
