//! `SearchFormDefinitionsByTenantV1401Response`, from `apis/custom-forms/paths/form-definitions-v1.yaml#/get/responses/401/content/application~1json/schema`.

use crate::models::Errormessage;

/// `SearchFormDefinitionsByTenantV1401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SearchFormDefinitionsByTenantV1401Response {
    #[serde(rename = "detailCode", skip_serializing_if = "Option::is_none")]
    pub detail_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Errormessage>>,
    #[serde(rename = "statusCode", skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i64>,
    #[serde(rename = "trackingId", skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SearchFormDefinitionsByTenantV1401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SearchFormDefinitionsByTenantV1401Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SearchFormDefinitionsByTenantV1401Response {
    const NAME: &'static str = "SearchFormDefinitionsByTenantV1401Response";

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
            "detailCode" => {
                self.detail_code = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "messages" => self.messages = map.next_value()?,
            "statusCode" => self.status_code = map.next_value()?,
            "trackingId" => {
                self.tracking_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
