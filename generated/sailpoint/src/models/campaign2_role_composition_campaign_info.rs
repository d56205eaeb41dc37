//! `Campaign2RoleCompositionCampaignInfo`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/roleCompositionCampaignInfo`.

use crate::models::{
    Campaign2RoleCompositionCampaignInfoRemediatorRef,
    Campaign2RoleCompositionCampaignInfoReviewer,
};

/// Optional configuration options for role composition campaigns.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaign2RoleCompositionCampaignInfo {
    /// The ID of the identity or governance group reviewing this campaign. Deprecated in favor of the "reviewer" object.
    ///
    /// **Deprecated** in the spec.
    #[serde(rename = "reviewerId", skip_serializing_if = "Option::is_none")]
    pub reviewer_id: Option<String>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Campaign2RoleCompositionCampaignInfoReviewer>,
    /// Optional list of roles to include in this campaign. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    #[serde(rename = "roleIds", skip_serializing_if = "Option::is_none")]
    pub role_ids: Option<Vec<String>>,
    /// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "remediatorRef", skip_serializing_if = "Option::is_none")]
    pub remediator_ref: Option<Campaign2RoleCompositionCampaignInfoRemediatorRef>,
    /// Optional search query to scope this campaign to a set of roles. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Describes this role composition campaign. Intended for storing the query used, and possibly the number of roles selected/available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaign2RoleCompositionCampaignInfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        remediator_ref: Campaign2RoleCompositionCampaignInfoRemediatorRef,
    ) -> Self {
        Campaign2RoleCompositionCampaignInfo {
            reviewer_id: None,
            reviewer: None,
            role_ids: None,
            remediator_ref: Some(remediator_ref),
            query: None,
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaign2RoleCompositionCampaignInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaign2RoleCompositionCampaignInfo {
    const NAME: &'static str = "Campaign2RoleCompositionCampaignInfo";

    #[inline]
    fn empty() -> Self {
        Campaign2RoleCompositionCampaignInfo {
            reviewer_id: None,
            reviewer: None,
            role_ids: None,
            remediator_ref: None,
            query: None,
            description: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "reviewerId" => {
                self.reviewer_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reviewer" => self.reviewer = map.next_value()?,
            "roleIds" => self.role_ids = map.next_value()?,
            "remediatorRef" => self.remediator_ref = map.next_value()?,
            "query" => self.query = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
