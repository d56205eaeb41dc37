//! `CreatePersonalAccessTokenRequest`, from `beta/schemas/CreatePersonalAccessTokenRequest.yaml`.

/// Object for specifying the name of a personal access token to create
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreatePersonalAccessTokenRequest {
    /// The name of the personal access token (PAT) to be created. Cannot be the same as another PAT owned by the user for whom this PAT is being created.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Scopes of the personal access token. If no scope is specified, the token will be created with the default scope "sp:scopes:all". This means the personal access token will have all the rights of the owner who created it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<String>>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    #[serde(
        rename = "accessTokenValiditySeconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token_validity_seconds: Option<i32>,
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    #[serde(rename = "expirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreatePersonalAccessTokenRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        CreatePersonalAccessTokenRequest {
            name: name.into(),
            scope: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreatePersonalAccessTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreatePersonalAccessTokenRequest {
    const NAME: &'static str = "CreatePersonalAccessTokenRequest";

    #[inline]
    fn empty() -> Self {
        CreatePersonalAccessTokenRequest {
            name: Default::default(),
            scope: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "scope" => self.scope = map.next_value()?,
            "accessTokenValiditySeconds" => {
                self.access_token_validity_seconds = map.next_value()?;
            }
            "expirationDate" => {
                self.expiration_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
