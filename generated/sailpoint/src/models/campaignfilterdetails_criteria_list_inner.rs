//! `CampaignfilterdetailsCriteriaListInner`, from `apis/certification-campaign-filters/schemas/campaignfilterdetails.yaml#/properties/criteriaList/items`.

use crate::models::{Criteriatype, Operation};

/// `CampaignfilterdetailsCriteriaListInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CampaignfilterdetailsCriteriaListInner {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Criteriatype>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<Operation>,
    /// Specified key from the type of criteria.
    pub property: Option<String>,
    /// Value for the specified key from the type of criteria.
    pub value: Option<String>,
    /// If true, the filter will negate the result of the criteria.
    #[serde(rename = "negateResult", skip_serializing_if = "Option::is_none")]
    pub negate_result: Option<bool>,
    /// If true, the filter will short circuit the evaluation of the criteria.
    #[serde(rename = "shortCircuit", skip_serializing_if = "Option::is_none")]
    pub short_circuit: Option<bool>,
    /// If true, the filter will record child matches for the criteria.
    #[serde(rename = "recordChildMatches", skip_serializing_if = "Option::is_none")]
    pub record_child_matches: Option<bool>,
    /// The unique ID of the criteria.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// If this value is true, then matched items will not only be excluded from the campaign, they will also not have archived certification items created.
    /// Such items will not appear in the exclusion report.
    #[serde(rename = "suppressMatchedItems", skip_serializing_if = "Option::is_none")]
    pub suppress_matched_items: Option<bool>,
    /// List of child criteria.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignfilterdetailsCriteriaListInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: Criteriatype) -> Self {
        CampaignfilterdetailsCriteriaListInner {
            r#type: Some(r#type),
            operation: None,
            property: None,
            value: None,
            negate_result: None,
            short_circuit: None,
            record_child_matches: None,
            id: None,
            suppress_matched_items: None,
            children: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CampaignfilterdetailsCriteriaListInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CampaignfilterdetailsCriteriaListInner {
    const NAME: &'static str = "CampaignfilterdetailsCriteriaListInner";

    #[inline]
    fn empty() -> Self {
        CampaignfilterdetailsCriteriaListInner {
            r#type: None,
            operation: None,
            property: None,
            value: None,
            negate_result: None,
            short_circuit: None,
            record_child_matches: None,
            id: None,
            suppress_matched_items: None,
            children: None,
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
            "operation" => self.operation = map.next_value()?,
            "property" => {
                self.property = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "negateResult" => {
                self.negate_result = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "shortCircuit" => {
                self.short_circuit = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "recordChildMatches" => {
                self.record_child_matches = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "suppressMatchedItems" => {
                self.suppress_matched_items = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "children" => self.children = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
