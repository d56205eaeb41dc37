//! `Bucketaggregation`, from `apis/shared/schemas/bucketaggregation.yaml`.

use crate::models::Buckettype;

/// The bucket to group the results of the aggregation query by.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Bucketaggregation {
    /// The name of the bucket aggregate to be included in the result.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Buckettype>,
    /// The field to bucket on.
    /// Prefix the field name with '@' to reference a nested object.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub field: String,
    /// Maximum number of buckets to include.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i32>,
    /// Minimum number of documents a bucket should have.
    #[serde(rename = "minDocCount", skip_serializing_if = "Option::is_none")]
    pub min_doc_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Bucketaggregation {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, field: impl Into<String>) -> Self {
        Bucketaggregation {
            name: name.into(),
            r#type: None,
            field: field.into(),
            size: None,
            min_doc_count: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Bucketaggregation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Bucketaggregation {
    const NAME: &'static str = "Bucketaggregation";

    #[inline]
    fn empty() -> Self {
        Bucketaggregation {
            name: Default::default(),
            r#type: None,
            field: Default::default(),
            size: None,
            min_doc_count: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            "field" => self.field = map.next_value_seed(crate::lenient::Text)?,
            "size" => self.size = map.next_value()?,
            "minDocCount" => self.min_doc_count = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
