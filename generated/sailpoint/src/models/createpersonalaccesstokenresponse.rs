//! `Createpersonalaccesstokenresponse`, from `apis/personal-access-tokens/schemas/createpersonalaccesstokenresponse.yaml`.

use crate::models::Patowner;

/// `Createpersonalaccesstokenresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createpersonalaccesstokenresponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The secret of the personal access token (to be used as the password for Basic Auth).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub secret: String,
    /// Scopes of the personal  access token.
    pub scope: Option<Vec<String>>,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Patowner>,
    /// The date and time, down to the millisecond, when this personal access token was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "accessTokenValiditySeconds")]
    pub access_token_validity_seconds: i32,
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "expirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createpersonalaccesstokenresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        secret: impl Into<String>,
        name: impl Into<String>,
        owner: Patowner,
        created: chrono::DateTime<chrono::Utc>,
        access_token_validity_seconds: i32,
        expiration_date: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Createpersonalaccesstokenresponse {
            id: id.into(),
            secret: secret.into(),
            scope: None,
            name: name.into(),
            owner: Some(owner),
            created: Some(created),
            access_token_validity_seconds,
            expiration_date: Some(expiration_date),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Createpersonalaccesstokenresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createpersonalaccesstokenresponse {
    const NAME: &'static str = "Createpersonalaccesstokenresponse";

    #[inline]
    fn empty() -> Self {
        Createpersonalaccesstokenresponse {
            id: Default::default(),
            secret: Default::default(),
            scope: None,
            name: Default::default(),
            owner: None,
            created: None,
            access_token_validity_seconds: Default::default(),
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "secret" => self.secret = map.next_value_seed(crate::lenient::Text)?,
            "scope" => self.scope = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "owner" => self.owner = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "accessTokenValiditySeconds" => {
                self.access_token_validity_seconds = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
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
