//! `Correlationcondition`, from `apis/machine-identities/schemas/correlationcondition.yaml`.

/// A single condition expression within a correlation rule.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Correlationcondition {
    /// System-generated unique ID of the condition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The left-hand attribute name of the condition.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "leftAttributeName")]
    pub left_attribute_name: String,
    /// The comparison operator applied between the left and right attributes.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "operatorType")]
    pub operator_type: String,
    /// The right-hand attribute name. Use an empty string when there is no RHS attribute.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "rightAttributeName")]
    pub right_attribute_name: String,
    /// Optional transform applied before comparison.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transform: Option<String>,
    /// The position of this condition within the rule.
    ///
    /// A server's absent or `null` member reads as `0`.
    pub ordinal: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Correlationcondition {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        left_attribute_name: impl Into<String>,
        operator_type: impl Into<String>,
        right_attribute_name: impl Into<String>,
        ordinal: i32,
    ) -> Self {
        Correlationcondition {
            id: None,
            left_attribute_name: left_attribute_name.into(),
            operator_type: operator_type.into(),
            right_attribute_name: right_attribute_name.into(),
            transform: None,
            ordinal,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Correlationcondition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Correlationcondition {
    const NAME: &'static str = "Correlationcondition";

    #[inline]
    fn empty() -> Self {
        Correlationcondition {
            id: None,
            left_attribute_name: Default::default(),
            operator_type: Default::default(),
            right_attribute_name: Default::default(),
            transform: None,
            ordinal: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "leftAttributeName" => {
                self.left_attribute_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "operatorType" => {
                self.operator_type = map.next_value_seed(crate::lenient::Text)?;
            }
            "rightAttributeName" => {
                self.right_attribute_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "transform" => {
                self.transform = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ordinal" => {
                self.ordinal = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
