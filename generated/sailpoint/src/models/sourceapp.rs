//! `Sourceapp`, from `apis/apps/schemas/sourceapp.yaml`.

use crate::models::{Basereferencedto, SourceappAccountSource};

/// `Sourceapp` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceapp {
    /// The source app id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The deprecated source app id
    #[serde(rename = "cloudAppId", skip_serializing_if = "Option::is_none")]
    pub cloud_app_id: Option<String>,
    /// The source app name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Time when the source app was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the source app was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// True if the source app is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// True if the app allows access request
    #[serde(rename = "provisionRequestEnabled", skip_serializing_if = "Option::is_none")]
    pub provision_request_enabled: Option<bool>,
    /// The description of the source app
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// True if the source app match all accounts
    #[serde(rename = "matchAllAccounts", skip_serializing_if = "Option::is_none")]
    pub match_all_accounts: Option<bool>,
    /// True if the app is visible in the request center
    #[serde(rename = "appCenterEnabled", skip_serializing_if = "Option::is_none")]
    pub app_center_enabled: Option<bool>,
    #[serde(rename = "accountSource", skip_serializing_if = "Option::is_none")]
    pub account_source: Option<SourceappAccountSource>,
    /// The owner of source app
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Basereferencedto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceapp {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourceapp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceapp {
    const NAME: &'static str = "Sourceapp";

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
            "cloudAppId" => {
                self.cloud_app_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "provisionRequestEnabled" => {
                self.provision_request_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "matchAllAccounts" => {
                self.match_all_accounts = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "appCenterEnabled" => {
                self.app_center_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountSource" => self.account_source = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
