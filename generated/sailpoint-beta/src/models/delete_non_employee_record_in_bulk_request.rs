//! `DeleteNonEmployeeRecordInBulkRequest`, from `beta/paths/non-employee-records-bulk-delete.yaml#/post/requestBody/content/application~1json/schema`.

/// `DeleteNonEmployeeRecordInBulkRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeleteNonEmployeeRecordInBulkRequest {
    /// List of non-employee ids.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DeleteNonEmployeeRecordInBulkRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(ids: Vec<String>) -> Self {
        DeleteNonEmployeeRecordInBulkRequest {
            ids,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for DeleteNonEmployeeRecordInBulkRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DeleteNonEmployeeRecordInBulkRequest {
    const NAME: &'static str = "DeleteNonEmployeeRecordInBulkRequest";

    #[inline]
    fn empty() -> Self {
        DeleteNonEmployeeRecordInBulkRequest {
            ids: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "ids" => self.ids = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
