//! `Bulkidentitiesaccountsresponse`, from `apis/accounts/schemas/bulkidentitiesaccountsresponse.yaml`.

/// Bulk response object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bulkidentitiesaccountsresponse {
    /// Identifier of bulk request item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Response status value.
    #[serde(rename = "statusCode", skip_serializing_if = "Option::is_none")]
    pub status_code: Option<i32>,
    /// Status containing additional context information about failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bulkidentitiesaccountsresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Bulkidentitiesaccountsresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bulkidentitiesaccountsresponse {
    const NAME: &'static str = "Bulkidentitiesaccountsresponse";

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
            "statusCode" => self.status_code = map.next_value()?,
            "message" => self.message = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
