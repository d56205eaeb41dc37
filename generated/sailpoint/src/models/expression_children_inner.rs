//! `ExpressionChildrenInner`, from `apis/data-segmentation/schemas/expression.yaml#/properties/children/items`.

use crate::models::{ExpressionChildrenInnerOperator, Value};

/// `ExpressionChildrenInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ExpressionChildrenInner {
    /// Operator for the expression
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<ExpressionChildrenInnerOperator>,
    /// Name for the attribute
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// There cannot be anymore nested children. This will always be null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ExpressionChildrenInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ExpressionChildrenInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ExpressionChildrenInner {
    const NAME: &'static str = "ExpressionChildrenInner";

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
            "operator" => self.operator = map.next_value()?,
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value()?,
            "children" => {
                self.children = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
