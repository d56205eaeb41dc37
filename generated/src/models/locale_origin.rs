//! `LocaleOrigin`, from `v2024/schemas/LocaleOrigin.yaml`.
crate::string_enum! {
    #[doc =
    " An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice."]
    pub enum LocaleOrigin { #[doc = " `DEFAULT`"] Default = "DEFAULT", #[doc =
    " `REQUEST`"] Request = "REQUEST", }
}
