//! `Campaignfilterdetails`, from `apis/certification-campaign-filters/schemas/campaignfilterdetails.yaml`.

use crate::models::{CampaignfilterdetailsCriteriaListInner, CampaignfilterdetailsMode};

/// Campaign Filter Details
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaignfilterdetails {
    /// The unique ID of the campaign filter
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Campaign filter name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Campaign filter description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Owner of the filter. This field automatically populates at creation time with the current user.
    pub owner: Option<String>,
    /// Mode/type of filter, either the INCLUSION or EXCLUSION type. The INCLUSION type includes the data in generated campaigns  as per specified in the criteria, whereas the EXCLUSION type excludes the data in generated campaigns as per specified in criteria.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<CampaignfilterdetailsMode>,
    /// List of criteria.
    #[serde(rename = "criteriaList", skip_serializing_if = "Option::is_none")]
    pub criteria_list: Option<Vec<CampaignfilterdetailsCriteriaListInner>>,
    /// If true, the filter is created by the system. If false, the filter is created by a user.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "isSystemFilter")]
    pub is_system_filter: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaignfilterdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        mode: CampaignfilterdetailsMode,
        is_system_filter: bool,
    ) -> Self {
        Campaignfilterdetails {
            id: id.into(),
            name: name.into(),
            description: None,
            owner: None,
            mode: Some(mode),
            criteria_list: None,
            is_system_filter,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaignfilterdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaignfilterdetails {
    const NAME: &'static str = "Campaignfilterdetails";

    #[inline]
    fn empty() -> Self {
        Campaignfilterdetails {
            id: Default::default(),
            name: Default::default(),
            description: None,
            owner: None,
            mode: None,
            criteria_list: None,
            is_system_filter: Default::default(),
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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value_seed(crate::lenient::TextOption)?,
            "mode" => self.mode = map.next_value()?,
            "criteriaList" => self.criteria_list = map.next_value()?,
            "isSystemFilter" => {
                self.is_system_filter = map.next_value_seed(crate::lenient::Flag)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
