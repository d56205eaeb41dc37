//! `Campaign2SearchCampaignInfo`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/searchCampaignInfo`.

use crate::models::{
    Accessconstraint, Campaign2SearchCampaignInfoReviewer,
    Campaign2SearchCampaignInfoType,
};

/// Must be set only if the campaign type is SEARCH.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaign2SearchCampaignInfo {
    /// The type of search campaign represented.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Campaign2SearchCampaignInfoType>,
    /// Describes this search campaign. Intended for storing the query used, and possibly the number of identities selected/available.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Campaign2SearchCampaignInfoReviewer>,
    /// The scope for the campaign. The campaign will cover identities returned by the query and identities that have access items returned by the query. One of `query` or `identityIds` must be set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// A direct list of identities to include in this campaign. One of `identityIds` or `query` must be set.
    #[serde(rename = "identityIds", skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// Further reduces the scope of the campaign by excluding identities (from `query` or `identityIds`) that do not have this access.
    #[serde(rename = "accessConstraints", skip_serializing_if = "Option::is_none")]
    pub access_constraints: Option<Vec<Accessconstraint>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaign2SearchCampaignInfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Campaign2SearchCampaignInfoType) -> Self {
        Campaign2SearchCampaignInfo {
            r#type: Some(r#type),
            description: None,
            reviewer: None,
            query: None,
            identity_ids: None,
            access_constraints: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaign2SearchCampaignInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaign2SearchCampaignInfo {
    const NAME: &'static str = "Campaign2SearchCampaignInfo";

    #[inline]
    fn empty() -> Self {
        Campaign2SearchCampaignInfo {
            r#type: None,
            description: None,
            reviewer: None,
            query: None,
            identity_ids: None,
            access_constraints: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reviewer" => self.reviewer = map.next_value()?,
            "query" => self.query = map.next_value_seed(crate::lenient::TextOption)?,
            "identityIds" => self.identity_ids = map.next_value()?,
            "accessConstraints" => self.access_constraints = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
