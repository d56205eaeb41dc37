//! `Dependantappconnections`, from `apis/sources/schemas/dependantappconnections.yaml`.

use crate::models::{Basereferencedto, DependantappconnectionsAccountSource};

/// `Dependantappconnections` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dependantappconnections {
    /// Id of the connected Application
    #[serde(rename = "cloudAppId", skip_serializing_if = "Option::is_none")]
    pub cloud_app_id: Option<String>,
    /// Description of the connected Application
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Is the Application enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Is Provisioning enabled for connected Application
    #[serde(rename = "provisionRequestEnabled", skip_serializing_if = "Option::is_none")]
    pub provision_request_enabled: Option<bool>,
    /// The Account Source of the connected Application
    #[serde(rename = "accountSource", skip_serializing_if = "Option::is_none")]
    pub account_source: Option<DependantappconnectionsAccountSource>,
    /// The amount of launchers for connected Application (long type)
    #[serde(rename = "launcherCount", skip_serializing_if = "Option::is_none")]
    pub launcher_count: Option<i64>,
    /// Is Provisioning enabled for connected Application
    #[serde(rename = "matchAllAccount", skip_serializing_if = "Option::is_none")]
    pub match_all_account: Option<bool>,
    /// The owner of the connected Application
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Vec<Basereferencedto>>,
    /// Is App Center enabled for connected Application
    #[serde(rename = "appCenterEnabled", skip_serializing_if = "Option::is_none")]
    pub app_center_enabled: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dependantappconnections {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Dependantappconnections {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dependantappconnections {
    const NAME: &'static str = "Dependantappconnections";

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
            "cloudAppId" => {
                self.cloud_app_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "provisionRequestEnabled" => {
                self.provision_request_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountSource" => self.account_source = map.next_value()?,
            "launcherCount" => self.launcher_count = map.next_value()?,
            "matchAllAccount" => {
                self.match_all_account = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "appCenterEnabled" => {
                self.app_center_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
