//! `Accessrequestitemresponse`, from `apis/identity-history/schemas/accessrequestitemresponse.yaml`.

use crate::models::{AccessrequestitemresponseDecision, Approvalinforesponse};

/// `Accessrequestitemresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestitemresponse {
    /// the access request item operation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// the access item type
    #[serde(rename = "accessItemType", skip_serializing_if = "Option::is_none")]
    pub access_item_type: Option<String>,
    /// the name of access request item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// the final decision for the access request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<AccessrequestitemresponseDecision>,
    /// the description of access request item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// the source id
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// the source Name
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    #[serde(rename = "approvalInfos", skip_serializing_if = "Option::is_none")]
    pub approval_infos: Option<Vec<Approvalinforesponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestitemresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestitemresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestitemresponse {
    const NAME: &'static str = "Accessrequestitemresponse";

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
            "operation" => {
                self.operation = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessItemType" => {
                self.access_item_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "decision" => self.decision = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalInfos" => self.approval_infos = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
