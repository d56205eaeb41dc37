//! The order in which a union's alternatives are tried.
//!
//! The spec's `oneOf`/`anyOf` have no discriminators, so a value is decoded as the first
//! alternative that accepts it. Undeclared members are ignored, so an object with few fields
//! accepts what one with more was meant for: objects with more fields are tried first, and
//! alternatives that accept any JSON last. Other alternatives keep the spec's order (JSON
//! strings, numbers and arrays cannot be mistaken for objects).

use super::types::{TypeDef, TypeKind, TypeRef};

pub fn order_alternatives(types: &mut [TypeDef]) {
    for index in 0..types.len() {
        let TypeKind::Union(union) = &types[index].kind else { continue };
        let keys: Vec<(bool, std::cmp::Reverse<usize>)> = union
            .variants
            .iter()
            .map(|v| (matches!(v.ty, TypeRef::Json | TypeRef::JsonObject), std::cmp::Reverse(field_count(types, &v.ty))))
            .collect();
        let TypeKind::Union(union) = &mut types[index].kind else { continue };
        let mut keyed: Vec<_> = keys.into_iter().zip(union.variants.drain(..)).collect();
        keyed.sort_by_key(|(key, _)| *key);
        union.variants = keyed.into_iter().map(|(_, v)| v).collect();
    }
}

fn field_count(types: &[TypeDef], ty: &TypeRef) -> usize {
    let mut ty = ty;
    // Through aliases; a bounded walk, since a broken spec can make aliases loop.
    for _ in 0..types.len() {
        match ty.named().map(|id| &types[id.0].kind) {
            Some(TypeKind::Struct(s)) => return s.fields.len(),
            Some(TypeKind::Alias(inner)) => ty = inner,
            _ => return 0,
        }
    }
    0
}
