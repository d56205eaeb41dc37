//! `GetPersonalAccessTokenResponse`, from `beta/schemas/GetPersonalAccessTokenResponse.yaml`.

use crate::models::PatOwner;

/// `GetPersonalAccessTokenResponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct GetPersonalAccessTokenResponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Scopes of the personal  access token.
    #[serde(default)]
    pub scope: Option<Vec<String>>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PatOwner>,
    /// The date and time, down to the millisecond, when this personal access token was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            owner: Some(owner),
            created: Some(created),
            last_used: None,
            managed: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            additional_properties: Default::default(),
        }
    }
}
