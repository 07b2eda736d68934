package m
import""ÿ