//! `AttributeDefinitionType`, from `beta/schemas/AttributeDefinitionType.yaml`.
crate::string_enum! {
    #[doc = " The underlying type of the value which an AttributeDefinition represents."]
    pub enum AttributeDefinitionType { #[doc = " `STRING`"] String = "STRING", #[doc =
    " `LONG`"] Long = "LONG", #[doc = " `INT`"] Int = "INT", #[doc = " `BOOLEAN`"]
    Boolean = "BOOLEAN", #[doc = " `DATE`"] Date = "DATE", }
}
