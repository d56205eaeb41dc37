//! `GrantType`, from `beta/schemas/GrantType.yaml`.
crate::string_enum! {
    #[doc = " OAuth2 Grant Type"] pub enum GrantType { #[doc = " `CLIENT_CREDENTIALS`"]
    ClientCredentials = "CLIENT_CREDENTIALS", #[doc = " `AUTHORIZATION_CODE`"]
    AuthorizationCode = "AUTHORIZATION_CODE", #[doc = " `REFRESH_TOKEN`"] RefreshToken =
    "REFRESH_TOKEN", }
}
