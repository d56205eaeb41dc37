//! `Getpersonalaccesstokenresponse`, from `apis/personal-access-tokens/schemas/getpersonalaccesstokenresponse.yaml`.

use crate::models::Patowner;

/// `Getpersonalaccesstokenresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Getpersonalaccesstokenresponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Scopes of the personal  access token.
    pub scope: Option<Vec<String>>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Patowner>,
    /// The date and time, down to the millisecond, when this personal access token was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time, down to the millisecond, when this personal access token was last used to generate an access token. This timestamp does not get updated on every PAT usage, but only once a day. This property can be useful for identifying which PATs are no longer actively used and can be removed.
    #[serde(rename = "lastUsed", skip_serializing_if = "Option::is_none")]
    pub last_used: Option<chrono::DateTime<chrono::Utc>>,
    /// If true, this token is managed by the SailPoint platform, and is not visible in the user interface. For example, Workflows will create managed personal access tokens for users who create workflows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub managed: Option<bool>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    #[serde(
        rename = "accessTokenValiditySeconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub access_token_validity_seconds: Option<i32>,
    /// Date and time, down to the millisecond, when this personal access token will expire.
    /// **Important:** When `expirationDate` is `null` or empty, the token will never expire (and `userAwareTokenNeverExpires` will be `true`).
    /// When `expirationDate` is provided, this value must be a future date. There is no upper limit on how far in the future the expiration date can be set.
    #[serde(rename = "expirationDate", skip_serializing_if = "Option::is_none")]
    pub expiration_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates that the user who created or updated this Personal Access Token is aware of and acknowledges the security implications of creating a token that will never expire. When `true`, this flag confirms that the user understood the security risks associated with non-expiring tokens at the time of creation or update.
    /// **Security Awareness:** This field serves as a record that the user acknowledged: * Tokens that never expire pose a greater security risk if compromised * Non-expiring tokens should be used only when necessary and with appropriate security measures * Regular rotation and monitoring of non-expiring tokens is recommended
    /// **Behavior:** * When `true`: Indicates that the user acknowledged they were creating a token that will never expire. When `expirationDate` is `null`, the token will never expire. * When `false`: The token follows normal expiration rules based on the `expirationDate` field and `accessTokenValiditySeconds` setting.
    #[serde(
        rename = "userAwareTokenNeverExpires",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_aware_token_never_expires: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Getpersonalaccesstokenresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        owner: Patowner,
        created: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Getpersonalaccesstokenresponse {
            id: id.into(),
            name: name.into(),
            scope: None,
            owner: Some(owner),
            created: Some(created),
            last_used: None,
            managed: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            user_aware_token_never_expires: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Getpersonalaccesstokenresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Getpersonalaccesstokenresponse {
    const NAME: &'static str = "Getpersonalaccesstokenresponse";

    #[inline]
    fn empty() -> Self {
        Getpersonalaccesstokenresponse {
            id: Default::default(),
            name: Default::default(),
            scope: None,
            owner: None,
            created: None,
            last_used: None,
            managed: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            user_aware_token_never_expires: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "scope" => self.scope = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "lastUsed" => {
                self.last_used = map.next_value_seed(crate::datetime::Optional)?;
            }
            "managed" => self.managed = map.next_value_seed(crate::lenient::FlagOption)?,
            "accessTokenValiditySeconds" => {
                self.access_token_validity_seconds = map.next_value()?;
            }
            "expirationDate" => {
                self.expiration_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "userAwareTokenNeverExpires" => {
                self.user_aware_token_never_expires = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
