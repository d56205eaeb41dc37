//! `ServiceDeskSourceType`, from `v3/schemas/ServiceDeskSource.yaml`.
crate::string_enum! {
    #[doc = " DTO type of source for service desk integration template."] pub enum
    ServiceDeskSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
