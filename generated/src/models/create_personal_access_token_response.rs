//! `CreatePersonalAccessTokenResponse`, from `beta/schemas/CreatePersonalAccessTokenResponse.yaml`.

use crate::models::PatOwner;

/// `CreatePersonalAccessTokenResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePersonalAccessTokenResponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The secret of the personal access token (to be used as the password for Basic Auth).
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub secret: String,
    /// Scopes of the personal  access token.
    #[serde(default)]
    pub scope: Option<Vec<String>>,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    pub owner: PatOwner,
    /// The date and time, down to the millisecond, when this personal access token was created.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    #[serde(rename = "accessTokenValiditySeconds", default)]
    pub access_token_validity_seconds: i32,
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    #[serde(
        rename = "expirationDate",
        deserialize_with = "crate::datetime::deserialize"
    )]
    pub expiration_date: chrono::DateTime<chrono::Utc>,
}

impl CreatePersonalAccessTokenResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        secret: impl Into<String>,
        name: impl Into<String>,
        owner: PatOwner,
        created: chrono::DateTime<chrono::Utc>,
        access_token_validity_seconds: i32,
        expiration_date: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        CreatePersonalAccessTokenResponse {
            id: id.into(),
            secret: secret.into(),
            scope: None,
            name: name.into(),
            owner,
            created,
            access_token_validity_seconds,
            expiration_date,
        }
    }
}
