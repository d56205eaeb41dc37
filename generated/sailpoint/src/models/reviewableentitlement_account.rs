//! `ReviewableentitlementAccount`, from `apis/certification-summaries/schemas/reviewableentitlement.yaml#/properties/account`.

use crate::models::{Activityinsights, Dtotype, ReviewableentitlementAccountOwner};

/// Information about the status of the entitlement
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ReviewableentitlementAccount {
    /// The native identity for this account
    #[serde(rename = "nativeIdentity", skip_serializing_if = "Option::is_none")]
    pub native_identity: Option<String>,
    /// Indicates whether this account is currently disabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Indicates whether this account is currently locked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Dtotype>,
    /// The id associated with the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The account name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the account was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// When the account was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "activityInsights", skip_serializing_if = "Option::is_none")]
    pub activity_insights: Option<Activityinsights>,
    /// Information about the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The id associated with the machine Account Governance Group
    #[serde(rename = "governanceGroupId", skip_serializing_if = "Option::is_none")]
    pub governance_group_id: Option<String>,
    /// Information about the machine account owner
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<ReviewableentitlementAccountOwner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ReviewableentitlementAccount {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ReviewableentitlementAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ReviewableentitlementAccount {
    const NAME: &'static str = "ReviewableentitlementAccount";

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
            "nativeIdentity" => {
                self.native_identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "disabled" => {
                self.disabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "locked" => self.locked = map.next_value_seed(crate::lenient::FlagOption)?,
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "activityInsights" => self.activity_insights = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "governanceGroupId" => {
                self.governance_group_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
