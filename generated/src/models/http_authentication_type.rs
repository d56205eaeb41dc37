//! `HttpAuthenticationType`, from `beta/schemas/HttpAuthenticationType.yaml`.
crate::string_enum! {
    #[doc =
    " Defines the HTTP Authentication type. Additional values may be added in the future."]
    #[doc = " "] #[doc =
    " If *NO_AUTH* is selected, no extra information will be in HttpConfig."] #[doc =
    " "] #[doc =
    " If *BASIC_AUTH* is selected, HttpConfig will include BasicAuthConfig with Username and Password as strings."]
    #[doc = " "] #[doc =
    " If *BEARER_TOKEN* is selected, HttpConfig will include BearerTokenAuthConfig with Token as string."]
    pub enum HttpAuthenticationType { #[doc = " `NO_AUTH`"] NoAuth = "NO_AUTH", #[doc =
    " `BASIC_AUTH`"] BasicAuth = "BASIC_AUTH", #[doc = " `BEARER_TOKEN`"] BearerToken =
    "BEARER_TOKEN", }
}
