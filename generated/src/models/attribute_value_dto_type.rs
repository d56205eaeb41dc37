//! `AttributeValueDtoType`, from `beta/schemas/gov-attributes/AttributeValueDTO.yaml`.
crate::string_enum! {
    #[doc =
    " Indicates how this Attribute value was created. **static** values are pre-defined and created directly through this API. **adhoc** values are created dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc* set to *true*, and cannot be created directly through the public create-value API."]
    pub enum AttributeValueDtoType { #[doc = " `static`"] Static = "static", #[doc =
    " `adhoc`"] Adhoc = "adhoc", }
}
