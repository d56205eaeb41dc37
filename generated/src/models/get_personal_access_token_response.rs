//! `GetPersonalAccessTokenResponse`, from `beta/schemas/GetPersonalAccessTokenResponse.yaml`.

use crate::models::PatOwner;

/// `GetPersonalAccessTokenResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPersonalAccessTokenResponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Scopes of the personal  access token.
    #[serde(default)]
    pub scope: Option<Vec<String>>,
    pub owner: PatOwner,
    /// The date and time, down to the millisecond, when this personal access token was created.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// The date and time, down to the millisecond, when this personal access token was last used to generate an access token. This timestamp does not get updated on every PAT usage, but only once a day. This property can be useful for identifying which PATs are no longer actively used and can be removed.
    #[serde(
        rename = "lastUsed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub last_used: Option<chrono::DateTime<chrono::Utc>>,
    /// If true, this token is managed by the SailPoint platform, and is not visible in the user interface. For example, Workflows will create managed personal access tokens for users who create workflows.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub managed: Option<bool>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    #[serde(
        rename = "accessTokenValiditySeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token_validity_seconds: Option<i32>,
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub expiration_date: Option<chrono::DateTime<chrono::Utc>>,
}

impl GetPersonalAccessTokenResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        owner: PatOwner,
        created: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        GetPersonalAccessTokenResponse {
            id: id.into(),
            name: name.into(),
            scope: None,
            owner,
            created,
            last_used: None,
            managed: None,
            access_token_validity_seconds: None,
            expiration_date: None,
        }
    }
}
