//! `FormElementDynamicDataSourceDataSourceType`, from `beta/schemas/forms/FormElementDynamicDataSource.yaml`.
crate::string_enum! {
    #[doc = " DataSourceType is a FormElementDataSourceType value"] #[doc =
    " STATIC FormElementDataSourceTypeStatic"] #[doc =
    " INTERNAL FormElementDataSourceTypeInternal"] #[doc =
    " SEARCH FormElementDataSourceTypeSearch"] #[doc =
    " FORM_INPUT FormElementDataSourceTypeFormInput"] pub enum
    FormElementDynamicDataSourceDataSourceType { #[doc = " `STATIC`"] Static = "STATIC",
    #[doc = " `INTERNAL`"] Internal = "INTERNAL", #[doc = " `SEARCH`"] Search = "SEARCH",
    #[doc = " `FORM_INPUT`"] FormInput = "FORM_INPUT", }
}
