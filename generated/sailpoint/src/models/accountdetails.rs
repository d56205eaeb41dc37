//! `Accountdetails`, from `apis/account-deletion-requests/schemas/accountdetails.yaml`.

use crate::models::AccountdetailsFeaturesInner;

/// Account Details
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountdetails {
    /// unique id of this object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncorrelated: Option<bool>,
    #[serde(rename = "systemAccount", skip_serializing_if = "Option::is_none")]
    pub system_account: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authoritative: Option<bool>,
    #[serde(rename = "supportsPasswordChange", skip_serializing_if = "Option::is_none")]
    pub supports_password_change: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(rename = "pendingAccessRequestIds", skip_serializing_if = "Option::is_none")]
    pub pending_access_request_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<AccountdetailsFeaturesInner>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accountdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountdetails {
    const NAME: &'static str = "Accountdetails";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "uuid" => self.uuid = map.next_value_seed(crate::lenient::TextOption)?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "disabled" => {
                self.disabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "locked" => self.locked = map.next_value_seed(crate::lenient::FlagOption)?,
            "uncorrelated" => {
                self.uncorrelated = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "systemAccount" => {
                self.system_account = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "authoritative" => {
                self.authoritative = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "supportsPasswordChange" => {
                self.supports_password_change = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            "application" => self.application = map.next_value()?,
            "identity" => self.identity = map.next_value()?,
            "schema" => self.schema = map.next_value()?,
            "pendingAccessRequestIds" => {
                self.pending_access_request_ids = map.next_value()?;
            }
            "features" => self.features = map.next_value()?,
            "meta" => self.meta = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
