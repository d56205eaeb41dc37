//! `Userapp`, from `apis/apps/schemas/userapp.yaml`.

use crate::models::{UserappAccount, UserappOwner, UserappSource, UserappSourceApp};

/// `Userapp` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Userapp {
    /// The user app id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Time when the user app was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the user app was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// True if the owner has multiple accounts for the source
    #[serde(rename = "hasMultipleAccounts", skip_serializing_if = "Option::is_none")]
    pub has_multiple_accounts: Option<bool>,
    /// True if the source has password feature
    #[serde(
        rename = "useForPasswordManagement",
        skip_serializing_if = "Option::is_none"
    )]
    pub use_for_password_management: Option<bool>,
    /// True if the app allows access request
    #[serde(rename = "provisionRequestEnabled", skip_serializing_if = "Option::is_none")]
    pub provision_request_enabled: Option<bool>,
    /// True if the app is visible in the request center
    #[serde(rename = "appCenterEnabled", skip_serializing_if = "Option::is_none")]
    pub app_center_enabled: Option<bool>,
    #[serde(rename = "sourceApp", skip_serializing_if = "Option::is_none")]
    pub source_app: Option<UserappSourceApp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<UserappSource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<UserappAccount>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<UserappOwner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Userapp {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Userapp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Userapp {
    const NAME: &'static str = "Userapp";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "hasMultipleAccounts" => {
                self.has_multiple_accounts = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "useForPasswordManagement" => {
                self.use_for_password_management = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "provisionRequestEnabled" => {
                self.provision_request_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "appCenterEnabled" => {
                self.app_center_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "sourceApp" => self.source_app = map.next_value()?,
            "source" => self.source = map.next_value()?,
            "account" => self.account = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
